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
import java.util.List;
import org.hearth.crypto.Ed25519PublicKey;
import org.hearth.crypto.Fingerprint;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.PeerState;
import org.hearth.server.admin.AdminKey;
import org.hearth.server.admin.AdminService;
import org.hearth.server.api.ApiException;
import org.hearth.server.federation.JpaPeerStore;
import org.hearth.server.federation.LocalInstance;
import org.hearth.server.federation.PeeringService;
import org.hearth.server.groups.GroupDescriptor;
import org.hearth.server.groups.GroupService;
import org.hearth.server.moderation.ReportQueue;
import org.hearth.server.resourcelist.ResourceListService;
import org.hearth.server.web.Pages;

/**
 * The console's first page: what waits for the admin, counts (escalated reports among them), and
 * the instance's admin keys.
 */
@Controller
@Path("admin")
@RequestScoped
public class OverviewController {
  private static final int MAX_JWK_CHARS = 300;

  @Inject Models models;
  @Inject ConsoleSession session;
  @Inject GroupService groups;
  @Inject ResourceListService resources;
  @Inject PeeringService peering;
  @Inject LocalInstance local;
  @Inject AdminService admins;
  @Inject ReportQueue reports;

  /** Counts the overview shows. */
  public record Counts(
      int groups,
      long listedGroups,
      int resources,
      long activePeers,
      long pendingRequests,
      int escalatedReports) {}

  @GET
  @Produces(Pages.HTML)
  public String overview() {
    return page(session.requireAdmin(), "", null);
  }

  /** Adds another admin key, given as its public JWK (as the new admin's sign-in page shows it). */
  @POST
  @Path("keys")
  @Produces(Pages.HTML)
  public String addKey(@FormParam("publicKey") String publicKey) {
    KeyThumbprint admin = session.requireAdmin();
    String typed = publicKey == null ? "" : publicKey.strip();
    Ed25519PublicKey key;
    try {
      if (typed.isEmpty() || typed.length() > MAX_JWK_CHARS) {
        throw new IllegalArgumentException("no key");
      }
      key = Ed25519PublicKey.fromJwk(typed);
    } catch (RuntimeException e) {
      return page(admin, typed, "admin.keys.error.publicKey");
    }
    try {
      AdminKey added = admins.add(admin, key);
      models.put("addedKey", added.fingerprint());
      return page(admin, "", null);
    } catch (ApiException e) {
      return page(admin, typed, new FormErrors("keys").refused(e).general());
    }
  }

  /** Revokes an admin key (never the last active one). */
  @POST
  @Path("keys/{thumbprint}/revoke")
  @Produces(Pages.HTML)
  public String revokeKey(@jakarta.ws.rs.PathParam("thumbprint") String thumbprint) {
    KeyThumbprint admin = session.requireAdmin();
    if (thumbprint == null || !thumbprint.matches("[A-Za-z0-9_-]{43}")) {
      throw new jakarta.ws.rs.NotFoundException();
    }
    try {
      admins.revoke(admin, new KeyThumbprint(thumbprint));
    } catch (ApiException e) {
      return page(admin, "", new FormErrors("keys").refused(e).general());
    }
    return "redirect:/admin";
  }

  private String page(KeyThumbprint admin, String typedKey, String keyError) {
    List<GroupDescriptor> all = groups.all(admin);
    List<JpaPeerStore.PeerRecord> peers = peering.all();
    models.put(
        "counts",
        new Counts(
            all.size(),
            all.stream().filter(GroupDescriptor::listed).count(),
            resources.managed().size(),
            peers.stream().filter(r -> r.peer().state() == PeerState.ACTIVE).count(),
            peers.stream().filter(r -> r.peer().state() == PeerState.PENDING_INCOMING).count(),
            reports.escalatedCount(admin)));
    models.put(
        "pending",
        peers.stream()
            .filter(r -> r.peer().state() == PeerState.PENDING_INCOMING)
            .map(r -> r.peer().known().document().name())
            .toList());
    models.put("fingerprint", Fingerprint.of(local.thumbprint()).value());
    models.put("keys", admins.keys());
    models.put("me", admin.value());
    models.put("typedKey", typedKey);
    models.put("keyError", keyError);
    return "admin/overview.html";
  }
}
