package org.hearth.federation.spi;

import java.time.Instant;
import java.util.Objects;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.FeedKind;

/**
 * The last good copy of one peer's feed: the wire JSON exactly as received (it is re-verified when
 * loaded), its ETag and sequence, when it was fetched and when the peer last confirmed it (a fetch
 * or a {@code 304 Not Modified}).
 *
 * <p>Immutable and thread-safe.
 */
public record StoredFeed(
    KeyThumbprint peerId,
    FeedKind<?> kind,
    String wire,
    String etag,
    long sequence,
    Instant fetchedAt,
    Instant confirmedAt) {
  public StoredFeed {
    Objects.requireNonNull(peerId, "peerId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(wire, "wire");
    Objects.requireNonNull(etag, "etag");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    Objects.requireNonNull(confirmedAt, "confirmedAt");
  }

  /** The same copy, confirmed again at {@code now}. */
  public StoredFeed confirmed(Instant now) {
    return new StoredFeed(peerId, kind, wire, etag, sequence, fetchedAt, now);
  }
}
