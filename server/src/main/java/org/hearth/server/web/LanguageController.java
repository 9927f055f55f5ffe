package org.hearth.server.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The language switcher's target: remembers the chosen language in a cookie kept by the browser and
 * goes back to the page it was chosen on. A plain link, so it works without JavaScript. It changes
 * nothing on the server, only the reader's own cookie, so a forged link can at worst change the
 * language someone reads in; the way back must be a path on this site (no open redirect).
 */
@Path("language/{code}")
public class LanguageController {
  private static final int ONE_YEAR = 365 * 24 * 3600;
  private static final int MAX_PATH = 1024;
  private static final Pattern PATH = Pattern.compile("/[^/\\\\][^\\s\\\\]*|/");

  @Context UriInfo uri;

  @GET
  public Response choose(@PathParam("code") String code, @QueryParam("back") String back) {
    if (LanguageResolver.supported(code).isEmpty()) {
      throw new NotFoundException();
    }
    String base = uri.getBaseUri().getRawPath();
    String contextPath = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    String target = contextPath + safeReturnPath(back).orElse("/");
    NewCookie cookie =
        new NewCookie.Builder(LanguageResolver.COOKIE)
            .value(code)
            .path(contextPath.isEmpty() ? "/" : contextPath)
            .maxAge(ONE_YEAR)
            .httpOnly(true)
            .sameSite(NewCookie.SameSite.LAX)
            .build();
    return Response.seeOther(URI.create(target)).cookie(cookie).build();
  }

  /** {@code back} when it is a bounded path on this site (no scheme, host or {@code //}). */
  static Optional<String> safeReturnPath(String back) {
    if (back == null || back.length() > MAX_PATH || !PATH.matcher(back).matches()) {
      return Optional.empty();
    }
    try {
      URI parsed = new URI(back);
      return parsed.getScheme() == null && parsed.getRawAuthority() == null
          ? Optional.of(back)
          : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
