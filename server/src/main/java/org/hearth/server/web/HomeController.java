package org.hearth.server.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.mvc.Controller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/** The home page: what this instance is and where to find help. */
@Controller
@Path("/")
@RequestScoped
public class HomeController {
  @GET
  @Produces(Pages.HTML)
  public String show() {
    return "home.html";
  }
}
