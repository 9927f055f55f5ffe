package org.hearth.federation.verify;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.FeedEntry;
import org.hearth.federation.FeedKind;

/**
 * A peer's feed that verified in full: publisher signature, every entry's digest and origin
 * signature. Entries forwarded from the peer's own peers are here only if the admin chose to show
 * them; those skipped are counted.
 *
 * <p>Immutable and thread-safe.
 *
 * @param peerId the publishing peer
 * @param wire the feed JSON as received, to keep as the last good copy
 * @param skippedForeign forwarded entries left out because the peer's peers are not shown
 * @param skippedUnresolved forwarded entries left out because their origin's key was unavailable
 * @param <T> the entry type
 */
public record VerifiedFeed<T extends FeedEntry>(
    FeedKind<T> kind,
    KeyThumbprint peerId,
    long sequence,
    Instant issuedAt,
    String etag,
    String wire,
    List<VerifiedEntry<T>> entries,
    int skippedForeign,
    int skippedUnresolved,
    Instant verifiedAt) {
  public VerifiedFeed {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(peerId, "peerId");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(etag, "etag");
    Objects.requireNonNull(wire, "wire");
    entries = List.copyOf(entries);
    Objects.requireNonNull(verifiedAt, "verifiedAt");
  }
}
