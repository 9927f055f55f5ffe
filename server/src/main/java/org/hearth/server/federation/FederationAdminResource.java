package org.hearth.server.federation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.hearth.crypto.Fingerprint;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.EntryId;
import org.hearth.federation.EntryKey;
import org.hearth.federation.FeedKind;
import org.hearth.federation.PeerState;
import org.hearth.server.admin.AdminService;
import org.hearth.server.api.ApiException;
import org.hearth.server.api.ProblemType;
import org.hearth.server.api.RequestValidator;
import org.hearth.server.identity.CurrentSession;
import org.hearth.server.identity.SignedIn;
import org.hearth.server.platform.HearthSettings;

/**
 * The admin's federation API under {@code /api/v1/admin/federation}: this instance's fingerprint,
 * looking up an instance and asking it to peer, answering requests, suspending, resuming and
 * removing peers, what each peer's feed may show, hidden entries, sync status and the record of
 * peering events.
 */
@Path("api/v1/admin/federation")
@RequestScoped
@SignedIn
public class FederationAdminResource {
  @Inject AdminService admins;
  @Inject CurrentSession session;
  @Inject RequestValidator validator;
  @Inject PeeringService peering;
  @Inject FederationViews views;
  @Inject FeedSync sync;
  @Inject HiddenEntries hidden;
  @Inject MergedFeeds merged;
  @Inject PeeringEvents events;
  @Inject LocalInstance local;
  @Inject HearthSettings settings;

  Clock clock = Clock.systemUTC();

  /** An instance's address, to look it up. */
  public record LookUpRequest(@NotBlank @Size(max = 300) String baseUrl) {}

  /** Ask the instance at {@code baseUrl} to peer; {@code fingerprint} is the one compared. */
  public record PeerRequest(
      @NotBlank @Size(max = 300) String baseUrl, @NotBlank @Size(max = 100) String fingerprint) {}

  /** The admin's choices for a peer's feed; an omitted member stays as it is. */
  public record OptionsRequest(Boolean showPeersPeers, Boolean feedHidden) {}

  /**
   * This instance as peers see it.
   *
   * @param federating whether federation is on (an https base URL)
   */
  public record InstanceView(
      String name, String baseUrl, String thumbprint, String fingerprint, boolean federating) {}

  /** An entry the admin hid. */
  public record HiddenEntry(String origin, String id) {}

  @GET
  @Path("instance")
  @Produces(MediaType.APPLICATION_JSON)
  public InstanceView instance() {
    requireAdmin();
    KeyThumbprint t = local.thumbprint();
    return new InstanceView(
        settings.instanceName(),
        settings.baseUrl().toString(),
        t.value(),
        Fingerprint.of(t).value(),
        local.baseUrl().isPresent());
  }

  /** Fetches an instance's signed document to show its fingerprint; stores nothing. */
  @POST
  @Path("lookup")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public FederationViews.InstanceSummary lookUp(LookUpRequest request) {
    requireAdmin();
    return FederationViews.summary(peering.lookUp(validator.require(request).baseUrl()));
  }

  @GET
  @Path("peers")
  @Produces(MediaType.APPLICATION_JSON)
  public List<FederationViews.PeerView> peers(@QueryParam("state") String state) {
    requireAdmin();
    PeerState filter = state == null || state.isBlank() ? null : state(state);
    return peering.all().stream()
        .filter(r -> filter == null || r.peer().state() == filter)
        .map(r -> views.peer(r, null))
        .toList();
  }

  /** Asks an instance to peer, once its fingerprint was compared out of band. */
  @POST
  @Path("peers")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response request(PeerRequest request) {
    requireAdmin();
    validator.require(request);
    PeeringService.Decision d = peering.request(request.baseUrl(), request.fingerprint());
    return Response.created(URI.create("api/v1/admin/federation/peers/" + d.peer().id()))
        .entity(views.peer(peering.record(d.peer().id()), d.delivered()))
        .build();
  }

  @GET
  @Path("peers/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public FederationViews.PeerView peer(@PathParam("id") String id) {
    requireAdmin();
    return views.peer(peering.record(id(id)), null);
  }

  /**
   * The admin's decision on a peering: {@code approve}, {@code decline}, {@code suspend}, {@code
   * resume}, or {@code request} (send a request still waiting again). The peer is told; {@code
   * delivered} says whether it took the notice.
   */
  @POST
  @Path("peers/{id}/{action:approve|decline|suspend|resume|request}")
  @Produces(MediaType.APPLICATION_JSON)
  public FederationViews.PeerView decide(
      @PathParam("id") String id, @PathParam("action") String action) {
    requireAdmin();
    KeyThumbprint peerId = id(id);
    PeeringService.Decision d =
        switch (action) {
          case "approve" -> peering.approve(peerId);
          case "decline" -> peering.decline(peerId);
          case "suspend" -> peering.suspend(peerId);
          case "resume" -> peering.resume(peerId);
          default -> peering.resend(peerId);
        };
    return views.peer(peering.record(d.peer().id()), d.delivered());
  }

  /** Removes the peering and drops everything cached from the peer. */
  @DELETE
  @Path("peers/{id}")
  public Response remove(@PathParam("id") String id) {
    requireAdmin();
    peering.remove(id(id));
    return Response.noContent().build();
  }

  @PUT
  @Path("peers/{id}/options")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public FederationViews.PeerView options(@PathParam("id") String id, OptionsRequest request) {
    requireAdmin();
    validator.require(request);
    KeyThumbprint peerId = id(id);
    peering.options(peerId, request.showPeersPeers(), request.feedHidden());
    return views.peer(peering.record(peerId), null);
  }

  /** Pulls a peer's feeds now and answers with how that went. */
  @POST
  @Path("peers/{id}/sync")
  @Produces(MediaType.APPLICATION_JSON)
  public FederationViews.PeerView syncNow(@PathParam("id") String id) {
    requireAdmin();
    KeyThumbprint peerId = id(id);
    JpaPeerStore.PeerRecord record = peering.record(peerId);
    if (!record.peer().isActive()) {
      throw new ApiException(ProblemType.CONFLICT, "Only an active peer's feeds are pulled.");
    }
    sync.pullNow(peerId);
    return views.peer(peering.record(peerId), null);
  }

  @GET
  @Path("sync")
  @Produces(MediaType.APPLICATION_JSON)
  public FederationViews.SyncOverview syncStatus() {
    requireAdmin();
    return views.overview(peering.all());
  }

  /** The merged entries now shown ({@code feed=directory} or {@code resources}). */
  @GET
  @Path("entries")
  @Produces(MediaType.APPLICATION_JSON)
  public List<FederationViews.RemoteEntryView> entries(@QueryParam("feed") String feed) {
    requireAdmin();
    return views.entries(kind(feed));
  }

  @GET
  @Path("hidden-entries")
  @Produces(MediaType.APPLICATION_JSON)
  public List<HiddenEntry> hiddenEntries() {
    requireAdmin();
    return hidden.all().stream()
        .sorted()
        .map(k -> new HiddenEntry(k.origin().value(), k.id().value()))
        .toList();
  }

  @PUT
  @Path("hidden-entries/{origin}/{id}")
  public Response hide(@PathParam("origin") String origin, @PathParam("id") String id) {
    requireAdmin();
    hidden.hide(entry(origin, id), clock.instant());
    merged.invalidate();
    return Response.noContent().build();
  }

  @DELETE
  @Path("hidden-entries/{origin}/{id}")
  public Response show(@PathParam("origin") String origin, @PathParam("id") String id) {
    requireAdmin();
    if (!hidden.show(entry(origin, id))) {
      throw new ApiException(ProblemType.NOT_FOUND, "This entry is not hidden.");
    }
    merged.invalidate();
    return Response.noContent().build();
  }

  /** The record of peering events, newest first. */
  @GET
  @Path("events")
  @Produces(MediaType.APPLICATION_JSON)
  public List<PeeringEvents.PeeringEvent> events(@QueryParam("limit") Integer limit) {
    requireAdmin();
    int n = limit == null ? 100 : Math.max(1, Math.min(limit, 1000));
    return events.recent(n);
  }

  private void requireAdmin() {
    admins.requireAdmin(session.key());
  }

  private static KeyThumbprint id(String text) {
    if (text == null || !text.matches("[A-Za-z0-9_-]{43}")) {
      throw PeeringService.notFound();
    }
    return new KeyThumbprint(text);
  }

  private static PeerState state(String text) {
    try {
      return PeerState.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ApiException(
          ProblemType.BAD_REQUEST, "state is one of " + List.of(PeerState.values()) + ".");
    }
  }

  private static FeedKind<?> kind(String feed) {
    return FeedKind.byWireName(feed == null ? "" : feed)
        .orElseThrow(
            () -> new ApiException(ProblemType.BAD_REQUEST, "feed is directory or resources."));
  }

  private static EntryKey entry(String origin, String id) {
    try {
      return new EntryKey(new KeyThumbprint(origin), new EntryId(id));
    } catch (IllegalArgumentException e) {
      throw new ApiException(ProblemType.NOT_FOUND, "There is no such entry.");
    }
  }
}
