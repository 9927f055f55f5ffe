package org.hearth.server.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.hearth.server.platform.HearthSettings;

/**
 * Limits API and federation requests per connecting address, in memory only (the address is never
 * stored or logged); the per-key limit is applied once a session is known ({@link KeyRateLimits}).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RateLimitFilter implements ContainerRequestFilter {
  @Inject KeyRateLimits limits;
  @Context HttpServletRequest servletRequest;
  @Inject HearthSettings settings;

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    String relative = path.startsWith("/") ? path.substring(1) : path;
    if (!relative.startsWith("api/") && !relative.startsWith("federation/")) {
      return;
    }
    long wait =
        limits
            .connections()
            .acquire(ClientAddresses.of(servletRequest, settings.clientAddressHeader()));
    if (wait > 0) {
      throw ApiException.tooMany(
          "Too many requests from this connection; slow down and try again.", wait);
    }
  }
}
