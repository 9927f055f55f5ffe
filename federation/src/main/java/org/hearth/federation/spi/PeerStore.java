package org.hearth.federation.spi;

import java.util.List;
import java.util.Optional;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.Peer;

/**
 * Where the server keeps peerings. Implementations must be thread-safe; {@link #save} replaces the
 * peering with the same {@link Peer#id()} atomically.
 */
public interface PeerStore {
  /** The peering with the instance first pinned as {@code peerId}, if any. */
  Optional<Peer> find(KeyThumbprint peerId);

  /**
   * The peering whose currently pinned key has {@code thumbprint} (which differs from the id after
   * a key rotation), if any.
   */
  Optional<Peer> findByPinnedKey(KeyThumbprint thumbprint);

  /** Every peering that is not removed. */
  List<Peer> all();

  /** Inserts or replaces the peering with {@code peer.id()}. */
  void save(Peer peer);
}
