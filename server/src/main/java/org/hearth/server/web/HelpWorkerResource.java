package org.hearth.server.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * Serves the service worker that keeps Get help now available offline, at a fixed path on this
 * origin ({@code /help-worker.js}, so its scope covers the help page). Browsers check it for
 * updates on each visit, so it is not cached.
 */
@Path("help-worker.js")
public class HelpWorkerResource {
  @Inject ClientAssets assets;

  @GET
  public Response get() {
    byte[] bytes = assets.entry("help-worker").orElseThrow(NotFoundException::new);
    return Response.ok(bytes, "text/javascript; charset=utf-8")
        .header("Cache-Control", "no-cache")
        .build();
  }
}
