package org.hearth.server.platform;

import jakarta.mvc.security.Csrf;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.krazo.Properties;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The one JAX-RS application: pages at the root, the JSON API under {@code /api/v1}. The API is
 * described at {@code /openapi} (pages are left out of that document).
 */
@ApplicationPath("/")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Hearth API",
            version = "1",
            description =
                "Pseudonymous sign-in, groups, the MLS delivery service, the resource list and"
                    + " federation with peer instances, of a Hearth instance."
                    + " Every error is application/problem+json (RFC 9457)."))
public class HearthApplication extends Application {
  /** Name of the cookie that carries the CSRF token of page forms. */
  public static final String CSRF_COOKIE = "hearth-csrf";

  /**
   * Krazo's CSRF protection in implicit mode: every POST to a page controller must carry the token
   * (the MVC spec's default is explicit, which would check only annotated methods). The token lives
   * in a cookie rather than a server session, so pages create no session and any node can check a
   * form. JSON resources are not controllers and are not affected.
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of(
        Properties.CSRF_TOKEN_STRATEGY,
        new CookieCsrfTokens(CSRF_COOKIE),
        Csrf.CSRF_PROTECTION,
        Csrf.CsrfOptions.IMPLICIT);
  }
}
