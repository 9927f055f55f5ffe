package org.hearth.federation.spi;

import java.time.Instant;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.Nonce;

/**
 * Remembers nonces until they expire, to refuse replays. Shared by all server nodes (for example a
 * table with a unique key on sender and nonce); implementations must be thread-safe and {@link
 * #firstUse} atomic.
 */
public interface NonceStore {
  /**
   * Records {@code nonce} from {@code sender} until {@code expiresAt}.
   *
   * @return true if it was not seen before (and is now recorded), false if it is a replay
   */
  boolean firstUse(KeyThumbprint sender, Nonce nonce, Instant expiresAt);
}
