package org.hearth.federation.sync;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where pulling one peer's feed stands: the ETag and sequence of the last good copy, consecutive
 * failures, when to try next, and when a pull was last prompted by a change notice.
 *
 * <p>Immutable and thread-safe.
 */
public record SyncState(
    Optional<String> etag,
    long sequence,
    int failures,
    Instant nextAttemptAt,
    Optional<Instant> lastNoticePullAt) {
  public SyncState {
    Objects.requireNonNull(etag, "etag");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    Objects.requireNonNull(lastNoticePullAt, "lastNoticePullAt");
    if (failures < 0) {
      throw new IllegalArgumentException("failures >= 0");
    }
  }

  /** A peer never pulled: due at once, no ETag. */
  public static SyncState initial(Instant now) {
    return new SyncState(Optional.empty(), -1, 0, now, Optional.empty());
  }
}
