package org.hearth.server.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Set;
import org.hearth.federation.FederationException;
import org.hearth.federation.PeerState;
import org.hearth.federation.protocol.RequestClaims;
import org.hearth.federation.verify.Freshness;
import org.hearth.federation.verify.RequestVerifier;
import org.hearth.federation.verify.SignedRequestIn;
import org.hearth.federation.verify.VerifiedRequest;
import org.hearth.server.api.ApiException;
import org.hearth.server.api.ProblemType;
import org.hearth.server.platform.HearthSettings;

/**
 * Checks the {@code Hearth-Signature} of a call from another instance with the protocol's {@link
 * RequestVerifier}: sender a peer in an accepted state, signature by its pinned key, audience,
 * method, path, body digest, freshness and nonce.
 */
@ApplicationScoped
public class RequestGate {
  @Inject LocalInstance local;
  @Inject JpaPeerStore peers;
  @Inject JpaNonceStore nonces;
  @Inject HearthSettings settings;

  Clock clock = Clock.systemUTC();

  /**
   * @throws ApiException with the refusal's problem type; 401 {@code bad-signature} without a
   *     header
   */
  public VerifiedRequest verify(
      HttpServletRequest request, String method, byte[] body, Set<PeerState> accepted) {
    local.requireBaseUrl();
    String header = request.getHeader(RequestClaims.HEADER);
    if (header == null || header.isBlank()) {
      throw new ApiException(
          ProblemType.BAD_SIGNATURE,
          "Calls between instances carry a " + RequestClaims.HEADER + " header.");
    }
    String pathAndQuery =
        request.getQueryString() == null
            ? request.getRequestURI()
            : request.getRequestURI() + "?" + request.getQueryString();
    RequestVerifier verifier =
        new RequestVerifier(
            local.thumbprint(),
            local.formerThumbprints(),
            clock,
            Freshness.DEFAULT,
            nonces,
            peers,
            settings.maxBodyBytes());
    try {
      return verifier.verify(SignedRequestIn.parse(header), method, pathAndQuery, body, accepted);
    } catch (FederationException e) {
      throw FederationProblems.of(e);
    }
  }
}
