package org.hearth.server.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import org.hearth.server.web.Pages;

/**
 * Signing in to the console. The browser's admin key never leaves the browser: the page's script
 * signs the server's challenge through the sign-in API (or registers the key with the setup code)
 * and hands the resulting session token to {@code POST /admin/session}, a CSRF-checked form that
 * turns it into the console's cookie. This is the console's only step that needs JavaScript.
 */
@Controller
@Path("admin")
@RequestScoped
public class SignInController {
  @Inject Models models;
  @Inject ConsoleSession session;
  @Context HttpServletResponse response;

  @GET
  @Path("sign-in")
  @Produces(Pages.HTML)
  public String page() {
    return "admin/sign-in.html";
  }

  @POST
  @Path("session")
  @Produces(Pages.HTML)
  public String start(@FormParam("token") String token) {
    var checked = session.check(token);
    if (checked.isEmpty()) {
      models.put("error", "admin.signIn.notAdmin");
      return "admin/sign-in.html";
    }
    session.start(checked.get(), token, response);
    return "redirect:/admin";
  }

  @POST
  @Path("sign-out")
  @Produces(Pages.HTML)
  public String end() {
    session.end(response);
    return "redirect:/admin/sign-in";
  }
}
