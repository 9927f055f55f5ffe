package org.hearth.server.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Set;
import org.hearth.crypto.Fingerprint;
import org.hearth.federation.PeerState;
import org.hearth.server.api.ApiException;
import org.hearth.server.federation.FederationViews;
import org.hearth.server.federation.KeyRotations;
import org.hearth.server.federation.LocalInstance;
import org.hearth.server.federation.PeeringEvents;
import org.hearth.server.federation.PeeringService;
import org.hearth.server.platform.HearthSettings;
import org.hearth.server.web.Pages;

/**
 * The console's federation page: this instance's fingerprint, adding a peer by its address (Hearth
 * fetches its signed instance document and shows its fingerprint to compare out of band; only the
 * confirmation sends the request), requests waiting for an answer, peers with their sync status,
 * the instance key's rotations, and the record of peering events.
 */
@Controller
@Path("admin/federation")
@RequestScoped
public class FederationController {
  static final String VIEW = "admin/federation.html";
  private static final int MAX_URL = 300;
  private static final int EVENTS_SHOWN = 50;
  private static final Set<String> NOTICES = Set.of("requested", "approved", "changed", "rotated");
  private static final Set<String> EVENT_KINDS =
      Set.of(
          "feed-refused",
          "peer-unreachable",
          "key-rotated",
          "activated",
          "request-received",
          "remote-active",
          "remote-declined",
          "remote-suspended",
          "remote-removed",
          "approved",
          "declined",
          "suspended",
          "resumed",
          "removed",
          "peers-peers-shown",
          "peers-peers-hidden",
          "feed-hidden",
          "feed-shown",
          "request-sent",
          "request-not-delivered");

  /** A peering event as the page lists it: the bundle key of its kind (or the kind itself). */
  public record EventView(String at, String peerName, String key, String kind) {}

  @Inject Models models;
  @Inject ConsoleSession session;
  @Inject PeeringService peering;
  @Inject FederationViews views;
  @Inject PeeringEvents events;
  @Inject LocalInstance local;
  @Inject HearthSettings settings;
  @Inject KeyRotations rotations;

  @GET
  @Produces(Pages.HTML)
  public String page(@QueryParam("done") String done) {
    session.requireAdmin();
    if (done != null && NOTICES.contains(done)) {
      models.put("notice", "admin.federation.done." + done);
    }
    return render("", null);
  }

  /** Looks the address up and shows the other instance's fingerprint to compare; stores nothing. */
  @POST
  @Path("lookup")
  @Produces(Pages.HTML)
  public String lookUp(@FormParam("baseUrl") String baseUrl) {
    session.requireAdmin();
    String typed = baseUrl == null ? "" : baseUrl.strip();
    if (!plausibleUrl(typed)) {
      return render(typed, "admin.federation.error.baseUrl");
    }
    try {
      models.put("candidate", FederationViews.summary(peering.lookUp(typed)));
      models.put("ownFingerprint", Fingerprint.of(local.thumbprint()).value());
      return "admin/peer-confirm.html";
    } catch (ApiException e) {
      return render(typed, new FormErrors("federation").refused(e).general());
    }
  }

  /**
   * Sends the peering request once the admin confirmed the fingerprint; Hearth fetches the document
   * again and refuses if the fingerprint changed in between.
   */
  @POST
  @Path("peers")
  @Produces(Pages.HTML)
  public String request(
      @FormParam("baseUrl") String baseUrl, @FormParam("fingerprint") String fingerprint) {
    session.requireAdmin();
    String typed = baseUrl == null ? "" : baseUrl.strip();
    if (!plausibleUrl(typed) || fingerprint == null || fingerprint.length() > 64) {
      return render(typed, "admin.federation.error.baseUrl");
    }
    try {
      PeeringService.Decision d = peering.request(typed, fingerprint);
      return "redirect:/admin/federation?done="
          + (d.peer().state() == PeerState.ACTIVE ? "approved" : "requested");
    } catch (ApiException e) {
      String key = new FormErrors("federation").refused(e).general();
      return render(typed, key == null ? "admin.federation.error.baseUrl" : key);
    }
  }

  String render(String typedUrl, String urlError) {
    List<FederationViews.PeerView> all =
        peering.all().stream()
            .filter(r -> r.peer().state() != PeerState.REMOVED)
            .map(r -> views.peer(r, null))
            .toList();
    models.put("incoming", byState(all, PeerState.PENDING_INCOMING));
    models.put("outgoing", byState(all, PeerState.PENDING_OUTGOING));
    models.put(
        "peers",
        all.stream()
            .filter(
                p ->
                    p.state().equals(PeerState.ACTIVE.name())
                        || p.state().equals(PeerState.SUSPENDED.name()))
            .toList());
    models.put("progress", views.overview(List.of()));
    models.put(
        "events",
        events.recent(EVENTS_SHOWN).stream()
            .map(
                e ->
                    new EventView(
                        e.at().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(),
                        e.peerName(),
                        EVENT_KINDS.contains(e.kind())
                            ? "admin.federation.event." + e.kind()
                            : null,
                        e.kind()))
            .toList());
    models.put("ownName", settings.instanceName());
    models.put("ownUrl", settings.baseUrl().toString());
    models.put("ownFingerprint", Fingerprint.of(local.thumbprint()).value());
    models.put("federating", local.baseUrl().isPresent());
    models.put("rotations", rotations.list());
    models.put("typedUrl", typedUrl);
    models.put("urlError", urlError);
    return VIEW;
  }

  private static List<FederationViews.PeerView> byState(
      List<FederationViews.PeerView> all, PeerState state) {
    return all.stream().filter(p -> p.state().equals(state.name())).toList();
  }

  private static boolean plausibleUrl(String text) {
    return !text.isEmpty()
        && text.length() <= MAX_URL
        && text.matches("(?i)https?://[^\\s/?#]+(/[^\\s?#]*)?");
  }
}
