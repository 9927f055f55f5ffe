package org.hearth.server.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.hearth.server.privacy.PrivacyNotice;

/**
 * The public privacy page: every stored table and column with its purpose and retention, and what
 * is never stored, generated from the stored-data registry.
 */
@Controller
@Path("privacy")
@RequestScoped
public class PrivacyController {
  @Inject Models models;

  @GET
  @Produces(Pages.HTML)
  public String show() {
    models.put("tables", PrivacyNotice.tables());
    models.put("never", PrivacyNotice.neverStoredKeys());
    return "privacy.html";
  }
}
