package org.hearth.server.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.hearth.server.api.ApiException;
import org.hearth.server.federation.KeyRotations;
import org.hearth.server.web.Pages;

/**
 * Rotating the instance key from the federation page. The admin ticks a confirmation first: peers
 * follow the signed rotation, but fingerprints compared before no longer match.
 */
@Controller
@Path("admin/federation/key-rotation")
@RequestScoped
public class KeyRotationController {
  static final String CONFIRMED = "yes";

  @Inject Models models;
  @Inject ConsoleSession session;
  @Inject KeyRotations rotations;
  @Inject FederationController page;

  @POST
  @Produces(Pages.HTML)
  public String rotate(@FormParam("confirm") String confirm) {
    session.requireAdmin();
    if (!CONFIRMED.equals(confirm)) {
      models.put("rotateError", "admin.federation.rotate.error.confirm");
      return page.render("", null);
    }
    try {
      rotations.rotate();
    } catch (ApiException e) {
      String key = new FormErrors("federation").refused(e).general();
      models.put("rotateError", key == null ? "admin.problem.other" : key);
      return page.render("", null);
    }
    return "redirect:/admin/federation?done=rotated";
  }
}
