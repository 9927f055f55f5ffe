package org.hearth.federation.verify;

import java.util.Objects;
import org.hearth.federation.Peer;
import org.hearth.federation.protocol.RequestClaims;

/**
 * A server-to-server call whose signature, audience, body, freshness and nonce were checked, with
 * the peering it came from.
 *
 * <p>Immutable and thread-safe.
 */
public record VerifiedRequest(Peer sender, RequestClaims claims) {
  public VerifiedRequest {
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(claims, "claims");
  }
}
