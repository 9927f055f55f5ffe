package org.hearth.server.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.mvc.Controller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/**
 * This device: preferences, moving the keyring and forgetting the device. Everything on the page
 * happens in the browser (the server learns nothing); the page itself is static.
 */
@Controller
@Path("device")
@RequestScoped
public class DeviceController {
  @GET
  @Produces(Pages.HTML)
  public String show() {
    return "device.html";
  }
}
