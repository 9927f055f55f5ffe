package org.hearth.federation.merge;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.EntryKey;
import org.hearth.federation.FeedEntry;
import org.hearth.federation.protocol.SignedEntry;

/**
 * One entry of a merged view with its provenance: the peer it came through ({@code via}), when it
 * was verified, how long since that peer last confirmed its feed ({@code age}), whether that makes
 * it stale, and for resources whether the review-by date has passed (shown as unverified).
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the entry type
 */
public record MergedEntry<T extends FeedEntry>(
    T entry,
    SignedEntry signed,
    KeyThumbprint via,
    Instant verifiedAt,
    Duration age,
    boolean stale,
    boolean reviewOverdue) {
  public MergedEntry {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(signed, "signed");
    Objects.requireNonNull(via, "via");
    Objects.requireNonNull(verifiedAt, "verifiedAt");
    Objects.requireNonNull(age, "age");
  }

  public EntryKey key() {
    return entry.key();
  }

  /** Whether the entry came straight from its origin rather than forwarded by another peer. */
  public boolean direct() {
    return via.equals(entry.origin().thumbprint());
  }
}
