package org.hearth.federation.spi;

import java.util.Optional;
import org.hearth.crypto.Ed25519PublicKey;
import org.hearth.federation.Origin;

/**
 * Finds the key of an entry's origin instance when that is not the feed's publisher: from the
 * origin's own signed instance document, never from the forwarding peer. Implementations must be
 * thread-safe and may cache; {@code org.hearth.federation.verify.FetchingOriginKeyResolver} is one.
 */
public interface OriginKeyResolver {
  /**
   * The key of {@code origin}, whose thumbprint must equal {@code origin.thumbprint()}, or empty if
   * it cannot be had now.
   */
  Optional<Ed25519PublicKey> keyOf(Origin origin);
}
