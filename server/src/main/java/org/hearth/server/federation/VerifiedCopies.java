package org.hearth.server.federation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.FederationException;
import org.hearth.federation.FeedEntry;
import org.hearth.federation.FeedKind;
import org.hearth.federation.Peer;
import org.hearth.federation.merge.PeerFeed;
import org.hearth.federation.spi.OriginKeyResolver;
import org.hearth.federation.verify.FeedIn;
import org.hearth.federation.verify.FeedLimits;
import org.hearth.federation.verify.VerifiedFeed;

/**
 * Peers' feeds as verified, kept in memory by (peer, kind, ETag, peers'-peers choice), so that a
 * merge verifies again only copies it has not seen: after a restart, or when the admin changed what
 * a peer's feed may carry. Copies still to verify are verified one task per peer on the executor
 * given. Plain Java, so that the benchmark runs exactly this.
 *
 * <p>Thread-safe.
 */
public final class VerifiedCopies {
  private static final Logger LOG = Logger.getLogger(VerifiedCopies.class.getName());

  /**
   * A peer's stored copy of one feed: its ETag, when the peer last confirmed it, and how to read
   * its wire (only called when the copy must be verified).
   */
  public record Copy(
      Peer peer, String etag, Instant confirmedAt, Supplier<Optional<String>> wire) {}

  private record Cached(String etag, boolean showPeersPeers, VerifiedFeed<?> feed) {}

  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  /** Keeps a feed just fetched and verified in full. */
  public void put(Peer peer, VerifiedFeed<?> feed) {
    cache.put(
        key(peer.id(), feed.kind()), new Cached(feed.etag(), peer.showPeersPeers(), lean(feed)));
  }

  public void forget(KeyThumbprint peerId) {
    cache.keySet().removeIf(k -> k.startsWith(peerId.value() + ":"));
  }

  public void clear() {
    cache.clear();
  }

  /**
   * The verified form of each copy, from memory or verified now on {@code executor}; copies that no
   * longer verify are left out (and logged).
   *
   * @param progress told the number of copies verified so far, as they finish
   */
  public <T extends FeedEntry> List<PeerFeed<T>> peerFeeds(
      FeedKind<T> kind,
      List<Copy> copies,
      OriginKeyResolver origins,
      FeedLimits limits,
      Instant now,
      Executor executor,
      Consumer<Integer> progress) {
    List<CompletableFuture<Optional<PeerFeed<T>>>> tasks = new ArrayList<>(copies.size());
    int[] done = {0};
    for (Copy copy : copies) {
      Optional<VerifiedFeed<T>> cached = cached(copy.peer(), kind, copy.etag());
      if (cached.isPresent()) {
        tasks.add(
            CompletableFuture.completedFuture(
                Optional.of(new PeerFeed<>(cached.get(), copy.confirmedAt()))));
        continue;
      }
      // Read on the calling thread (it may need the container); verify on the executor.
      Optional<String> wire = copy.wire().get();
      if (wire.isEmpty()) {
        continue;
      }
      tasks.add(
          CompletableFuture.supplyAsync(
              () -> {
                Optional<PeerFeed<T>> feed =
                    verify(copy.peer(), kind, wire.get(), origins, limits, now)
                        .map(f -> new PeerFeed<>(f, copy.confirmedAt()));
                synchronized (done) {
                  progress.accept(++done[0]);
                }
                return feed;
              },
              executor));
    }
    List<PeerFeed<T>> out = new ArrayList<>(copies.size());
    for (CompletableFuture<Optional<PeerFeed<T>>> task : tasks) {
      task.join().ifPresent(out::add);
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private <T extends FeedEntry> Optional<VerifiedFeed<T>> cached(
      Peer peer, FeedKind<T> kind, String etag) {
    Cached c = cache.get(key(peer.id(), kind));
    if (c != null && c.etag().equals(etag) && c.showPeersPeers() == peer.showPeersPeers()) {
      return Optional.of((VerifiedFeed<T>) c.feed());
    }
    return Optional.empty();
  }

  private <T extends FeedEntry> Optional<VerifiedFeed<T>> verify(
      Peer peer,
      FeedKind<T> kind,
      String wire,
      OriginKeyResolver origins,
      FeedLimits limits,
      Instant now) {
    try {
      VerifiedFeed<T> feed = FeedIn.parse(kind, wire, limits).verify(peer, origins, -1, now);
      put(peer, feed);
      return Optional.of(lean(feed));
    } catch (FederationException e) {
      LOG.warning(
          () -> "A stored " + kind + " feed no longer verifies (" + e.reason() + "); left out");
      return Optional.empty();
    }
  }

  /** The verified feed without its wire text, which the store keeps. */
  private static <T extends FeedEntry> VerifiedFeed<T> lean(VerifiedFeed<T> f) {
    return new VerifiedFeed<>(
        f.kind(),
        f.peerId(),
        f.sequence(),
        f.issuedAt(),
        f.etag(),
        "",
        f.entries(),
        f.skippedForeign(),
        f.skippedUnresolved(),
        f.verifiedAt());
  }

  private static String key(KeyThumbprint peerId, FeedKind<?> kind) {
    return peerId.value() + ":" + kind.wireName();
  }
}
