package org.hearth.federation.verify;

import java.time.Instant;
import java.util.Objects;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.FeedKind;

/**
 * A change notice from an active peer, checked: its feed {@code feed} is now at {@code sequence}.
 *
 * <p>Immutable and thread-safe.
 */
public record VerifiedChangeNotice(
    KeyThumbprint peerId, FeedKind<?> feed, long sequence, Instant issuedAt) {
  public VerifiedChangeNotice {
    Objects.requireNonNull(peerId, "peerId");
    Objects.requireNonNull(feed, "feed");
    Objects.requireNonNull(issuedAt, "issuedAt");
  }
}
