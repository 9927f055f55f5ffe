package org.hearth.server.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/**
 * Serves the browser client's ES modules at {@code /assets/client/<file>}. Names carry a content
 * hash, so a file never changes and may be cached for a year; a name the build's manifest does not
 * list is 404, so no path can reach anything else.
 */
@Path("assets/client/{file}")
public class ClientAssetResource {
  private static final int ONE_YEAR = 365 * 24 * 3600;

  @Inject ClientAssets assets;

  @GET
  public Response get(@PathParam("file") String file) {
    byte[] bytes = assets.read(file).orElseThrow(NotFoundException::new);
    return Response.ok(bytes, "text/javascript; charset=utf-8")
        .header("Cache-Control", "public, max-age=" + ONE_YEAR + ", immutable")
        .build();
  }
}
