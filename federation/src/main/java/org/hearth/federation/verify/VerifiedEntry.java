package org.hearth.federation.verify;

import java.time.Instant;
import java.util.Objects;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.EntryKey;
import org.hearth.federation.FeedEntry;
import org.hearth.federation.protocol.SignedEntry;

/**
 * A feed entry whose origin signature was checked, with its provenance: the signed form (to forward
 * unchanged), the peer it came through ({@code via}) and when it was verified.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the entry type
 */
public record VerifiedEntry<T extends FeedEntry>(
    T entry, SignedEntry signed, KeyThumbprint via, Instant verifiedAt) {
  public VerifiedEntry {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(signed, "signed");
    Objects.requireNonNull(via, "via");
    Objects.requireNonNull(verifiedAt, "verifiedAt");
  }

  public EntryKey key() {
    return entry.key();
  }
}
