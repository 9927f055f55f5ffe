package org.hearth.server.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.util.Set;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.EntryId;
import org.hearth.federation.EntryKey;
import org.hearth.federation.FeedKind;
import org.hearth.server.api.ApiException;
import org.hearth.server.federation.FederationViews;
import org.hearth.server.federation.FeedSync;
import org.hearth.server.federation.HiddenEntries;
import org.hearth.server.federation.MergedFeeds;
import org.hearth.server.federation.PeeringService;
import org.hearth.server.web.Pages;

/**
 * What the admin does to one peering (approve, decline, suspend, resume, remove, send again, pull
 * now, its feed options) and to the entries peers share (hide one, show it again).
 */
@Controller
@Path("admin/federation")
@RequestScoped
public class PeerActionsController {
  @Inject Models models;
  @Inject ConsoleSession session;
  @Inject PeeringService peering;
  @Inject FeedSync sync;
  @Inject HiddenEntries hidden;
  @Inject MergedFeeds merged;
  @Inject FederationViews views;
  @Inject FederationController page;

  Clock clock = Clock.systemUTC();

  @POST
  @Path("peers/{id}/{action:approve|decline|suspend|resume|request|remove|sync}")
  @Produces(Pages.HTML)
  public String decide(@PathParam("id") String id, @PathParam("action") String action) {
    session.requireAdmin();
    KeyThumbprint peerId = peerId(id);
    try {
      switch (action) {
        case "approve" -> peering.approve(peerId);
        case "decline" -> peering.decline(peerId);
        case "suspend" -> peering.suspend(peerId);
        case "resume" -> peering.resume(peerId);
        case "remove" -> peering.remove(peerId);
        case "sync" -> {
          if (peering.record(peerId).peer().isActive()) {
            sync.pullNow(peerId);
          }
        }
        default -> peering.resend(peerId);
      }
    } catch (ApiException e) {
      return failed(e);
    }
    return "redirect:/admin/federation?done=" + ("approve".equals(action) ? "approved" : "changed");
  }

  @POST
  @Path("peers/{id}/options")
  @Produces(Pages.HTML)
  public String options(
      @PathParam("id") String id,
      @FormParam("showPeersPeers") String showPeersPeers,
      @FormParam("feedHidden") String feedHidden) {
    session.requireAdmin();
    try {
      peering.options(peerId(id), flag(showPeersPeers), flag(feedHidden));
    } catch (ApiException e) {
      return failed(e);
    }
    return "redirect:/admin/federation?done=changed";
  }

  /** The entries peers share now, of one feed, each with a switch to hide it. */
  @GET
  @Path("entries")
  @Produces(Pages.HTML)
  public String entries(@QueryParam("feed") String feed) {
    session.requireAdmin();
    FeedKind<?> kind = FeedKind.byWireName(feed == null ? "" : feed).orElse(FeedKind.DIRECTORY);
    Set<EntryKey> hiddenNow = hidden.all();
    models.put("feed", kind == FeedKind.DIRECTORY ? "directory" : "resources");
    models.put("entries", views.entries(kind));
    models.put(
        "hidden",
        hiddenNow.stream()
            .sorted()
            .map(k -> new HiddenEntry(k.origin().value(), k.id().value()))
            .toList());
    return "admin/entries.html";
  }

  @POST
  @Path("hidden")
  @Produces(Pages.HTML)
  public String hide(
      @FormParam("origin") String origin,
      @FormParam("id") String id,
      @FormParam("hide") String hide,
      @FormParam("feed") String feed) {
    session.requireAdmin();
    EntryKey key;
    try {
      key = new EntryKey(new KeyThumbprint(origin), new EntryId(id));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException();
    }
    if ("true".equals(hide)) {
      hidden.hide(key, clock.instant());
    } else {
      hidden.show(key);
    }
    merged.invalidate();
    return "redirect:/admin/federation/entries?feed="
        + ("resources".equals(feed) ? "resources" : "directory");
  }

  /** An entry the admin hid, for the template. */
  public record HiddenEntry(String origin, String id) {}

  private String failed(ApiException e) {
    String key = new FormErrors("federation").refused(e).general();
    models.put("actionError", key == null ? "admin.problem.other" : key);
    return page.render("", null);
  }

  private static Boolean flag(String value) {
    return value == null ? null : "true".equals(value);
  }

  private static KeyThumbprint peerId(String text) {
    if (text == null || !text.matches("[A-Za-z0-9_-]{43}")) {
      throw new NotFoundException();
    }
    return new KeyThumbprint(text);
  }
}
