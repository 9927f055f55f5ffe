package org.hearth.server.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Serves theme assets (stylesheets, images) from the themes jar at {@code /assets/<theme>/<file>}.
 * Names are checked against a strict pattern, so nothing outside a theme folder can be read.
 */
@Path("assets/{theme}/{file}")
public class AssetResource {
  private static final Pattern THEME = Pattern.compile("[a-z][a-z0-9-]{0,31}");
  private static final Pattern FILE =
      Pattern.compile("[a-z0-9][a-z0-9-]{0,63}\\.(css|svg|png|woff2|js|mjs)");
  private static final Map<String, String> TYPES =
      Map.of(
          "css", "text/css; charset=utf-8",
          "svg", "image/svg+xml",
          "png", "image/png",
          "woff2", "font/woff2",
          "js", "text/javascript; charset=utf-8",
          "mjs", "text/javascript; charset=utf-8");

  @GET
  public Response get(@PathParam("theme") String theme, @PathParam("file") String file) {
    if (!THEME.matcher(theme).matches() || !FILE.matcher(file).matches()) {
      throw new NotFoundException();
    }
    String path = "META-INF/resources/themes/" + theme + "/" + file;
    byte[] bytes;
    try (InputStream in = AssetResource.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new NotFoundException();
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CacheControl cache = new CacheControl();
    cache.setMaxAge(3600);
    String extension = file.substring(file.lastIndexOf('.') + 1);
    return Response.ok(bytes, TYPES.get(extension)).cacheControl(cache).build();
  }
}
