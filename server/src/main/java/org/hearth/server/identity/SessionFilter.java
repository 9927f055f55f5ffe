package org.hearth.server.identity;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.hearth.crypto.VerificationException;
import org.hearth.crypto.jose.SessionToken;
import org.hearth.server.api.ApiException;
import org.hearth.server.api.KeyRateLimits;
import org.hearth.server.api.ProblemType;

/**
 * Checks the bearer session token of {@link SignedIn} requests: signature, audience, expiry and
 * revocation. A failure answers 401 with a problem body and tells nothing about why beyond that.
 */
@Provider
@SignedIn
@Priority(Priorities.AUTHENTICATION)
public class SessionFilter implements ContainerRequestFilter {
  private static final String BEARER = "Bearer ";

  @Inject SignInService signIn;
  @Inject SessionRevocations revocations;
  @Inject CurrentSession current;
  @Inject KeyRateLimits rateLimits;

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      throw new ApiException(ProblemType.UNAUTHORIZED, "A session token is required.");
    }
    SessionToken token;
    try {
      token = signIn.verify(header.substring(BEARER.length()).trim());
    } catch (VerificationException e) {
      throw new ApiException(ProblemType.UNAUTHORIZED, "The session token is not valid.");
    }
    if (revocations.isRevoked(token.jti())) {
      throw new ApiException(ProblemType.UNAUTHORIZED, "This session has ended; sign in again.");
    }
    rateLimits.acquireForKey(token.subject().value());
    current.set(token);
  }
}
