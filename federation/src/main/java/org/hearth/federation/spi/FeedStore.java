package org.hearth.federation.spi;

import java.util.Optional;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.FeedKind;

/**
 * Where the server keeps each peer's last good feed. Only a feed that verified in full is saved, so
 * a failed fetch never replaces a good copy. Implementations must be thread-safe.
 */
public interface FeedStore {
  Optional<StoredFeed> lastGood(KeyThumbprint peerId, FeedKind<?> kind);

  /** Inserts or replaces the copy for ({@code feed.peerId()}, {@code feed.kind()}). */
  void saveLastGood(StoredFeed feed);

  /** Drops a peer's copies, for example when the peering is removed. */
  void forget(KeyThumbprint peerId);
}
