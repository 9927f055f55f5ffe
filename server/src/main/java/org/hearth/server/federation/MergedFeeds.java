package org.hearth.server.federation;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.FeedEntry;
import org.hearth.federation.FeedKind;
import org.hearth.federation.GroupListing;
import org.hearth.federation.Peer;
import org.hearth.federation.ResourceEntry;
import org.hearth.federation.merge.FeedMerger;
import org.hearth.federation.merge.MergePolicy;
import org.hearth.federation.merge.MergedEntry;
import org.hearth.federation.merge.MergedView;
import org.hearth.federation.merge.PeerFeed;
import org.hearth.federation.protocol.SignedEntry;
import org.hearth.federation.spi.StoredFeed;
import org.hearth.federation.verify.FetchingOriginKeyResolver;
import org.hearth.federation.verify.VerifiedFeed;

/**
 * The merged directory and resource list from active peers' last good feeds, with the admin's
 * choices applied (hidden peers and entries, peers' peers) and this instance's own entries left
 * out. Verified feeds are kept in memory ({@link VerifiedCopies}), so a merge re-verifies only
 * copies it has not seen (after a restart, or when the admin changed what a peer's feed may carry),
 * one task per peer on a small pool of verifier threads. Readers get the last merged snapshot; it
 * is merged again when something changed or every {@link #REMERGE}.
 */
@ApplicationScoped
public class MergedFeeds {
  /** How often the merge is redone anyway, so ages and expiry move on. */
  static final Duration REMERGE = Duration.ofSeconds(10);

  @Inject JpaPeerStore peers;
  @Inject JpaFeedStore feeds;
  @Inject HiddenEntries hidden;
  @Inject FederationSettings settings;
  @Inject LocalInstance local;
  @Inject PeerClient client;

  Clock clock = Clock.systemUTC();

  /** The merged views at one moment, and what each peer's instance is called. */
  public record Snapshot(
      Instant mergedAt,
      MergedView<GroupListing> directory,
      MergedView<ResourceEntry> resources,
      Map<KeyThumbprint, String> names) {
    /** When the peer an entry came through last confirmed it. */
    public Instant confirmedAt(MergedEntry<?> entry) {
      return mergedAt.minus(entry.age());
    }
  }

  /** How far a merge that re-verifies stored feeds has come. */
  public record Progress(boolean running, int feedsToVerify, int feedsVerified, String current) {}

  private final VerifiedCopies verified = new VerifiedCopies();
  private volatile Snapshot snapshot;
  private volatile boolean dirty = true;
  private volatile Progress progress = new Progress(false, 0, 0, null);
  private final ReentrantLock merging = new ReentrantLock();
  private FetchingOriginKeyResolver origins;
  private ExecutorService verifiers;

  @PostConstruct
  void create() {
    origins =
        new FetchingOriginKeyResolver(client, clock, Duration.ofHours(1), Duration.ofMinutes(1));
    // Verification is pure computation (and fetching origins' public documents): plain daemon
    // threads, one per core, so that a long merge never waits for the container's pool.
    AtomicInteger n = new AtomicInteger();
    verifiers =
        Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors()),
            r -> {
              Thread t = new Thread(r, "hearth-feed-verifier-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  @PreDestroy
  void stop() {
    verifiers.shutdownNow();
  }

  /** A feed just fetched and verified in full. */
  public void accept(Peer peer, VerifiedFeed<?> feed) {
    verified.put(peer, feed);
    dirty = true;
  }

  /** Something the merge depends on changed: merge again before the next read. */
  public void invalidate() {
    dirty = true;
  }

  /** Drops a peer's verified copies (removed peering). */
  public void forget(KeyThumbprint peerId) {
    verified.forget(peerId);
    dirty = true;
  }

  /** Finds origins' keys from their own instance documents, remembering them for an hour. */
  public FetchingOriginKeyResolver originKeys() {
    return origins;
  }

  public Progress progress() {
    return progress;
  }

  /**
   * The merged views, merged again first if they are out of date; while another thread merges, the
   * previous views (so a page never waits for a long merge).
   */
  public Snapshot snapshot() {
    Snapshot current = snapshot;
    if (current != null && !outdated(current)) {
      return current;
    }
    if (current != null && merging.isLocked()) {
      return current;
    }
    return merged();
  }

  /** The merged views, up to date: waits for a merge that is running. */
  private Snapshot merged() {
    merging.lock();
    try {
      Snapshot current = snapshot;
      return current != null && !outdated(current) ? current : merge();
    } finally {
      merging.unlock();
    }
  }

  private boolean outdated(Snapshot s) {
    return dirty || Duration.between(s.mergedAt(), clock.instant()).compareTo(REMERGE) > 0;
  }

  /** Entries active peers publish as their own, for this instance's feed to forward. */
  public List<SignedEntry> forwardable(FeedKind<?> kind) {
    Snapshot s = merged();
    MergedView<? extends FeedEntry> view =
        kind == FeedKind.DIRECTORY ? s.directory() : s.resources();
    List<SignedEntry> out = new ArrayList<>();
    for (MergedEntry<? extends FeedEntry> e : view.entries()) {
      if (e.direct()) {
        out.add(e.signed());
      }
    }
    return out;
  }

  /** Merges; the caller holds {@link #merging}. */
  private Snapshot merge() {
    dirty = false;
    Instant now = clock.instant();
    List<JpaPeerStore.PeerRecord> active =
        peers.records().stream().filter(r -> r.peer().isActive()).toList();
    Map<KeyThumbprint, String> names = new HashMap<>();
    Set<KeyThumbprint> hiddenInstances = new HashSet<>();
    hiddenInstances.add(local.thumbprint());
    local.rotations().forEach(r -> hiddenInstances.add(r.old())); // our own, under a former key
    for (JpaPeerStore.PeerRecord r : active) {
      names.put(r.peer().id(), r.peer().known().document().name());
      names.put(r.peer().known().pinnedThumbprint(), r.peer().known().document().name());
      if (r.feedHidden()) {
        hiddenInstances.add(r.peer().id());
        hiddenInstances.add(r.peer().known().pinnedThumbprint());
      }
    }
    MergePolicy base = settings.mergePolicy();
    MergePolicy policy =
        new MergePolicy(base.staleAfter(), base.maxAge(), hiddenInstances, hidden.all());
    Snapshot merged =
        new Snapshot(
            now,
            FeedMerger.merge(peerFeeds(FeedKind.DIRECTORY, active, now), policy, now),
            FeedMerger.merge(peerFeeds(FeedKind.RESOURCES, active, now), policy, now),
            Map.copyOf(names));
    snapshot = merged;
    return merged;
  }

  private <T extends FeedEntry> List<PeerFeed<T>> peerFeeds(
      FeedKind<T> kind, List<JpaPeerStore.PeerRecord> active, Instant now) {
    Map<KeyThumbprint, JpaFeedStore.FeedMark> marks = new HashMap<>();
    feeds.marks(kind).forEach(m -> marks.put(m.peerId(), m));
    List<VerifiedCopies.Copy> copies = new ArrayList<>();
    for (JpaPeerStore.PeerRecord r : active) {
      Peer peer = r.peer();
      JpaFeedStore.FeedMark mark = marks.get(peer.id());
      if (mark != null) {
        copies.add(
            new VerifiedCopies.Copy(
                peer,
                mark.etag(),
                mark.confirmedAt(),
                () -> feeds.lastGood(peer.id(), kind).map(StoredFeed::wire)));
      }
    }
    int total = copies.size();
    progress = new Progress(true, total, 0, kind.wireName());
    try {
      return verified.peerFeeds(
          kind,
          copies,
          origins,
          settings.feedLimits(),
          now,
          verifiers,
          n -> progress = new Progress(true, total, n, kind.wireName()));
    } finally {
      progress = new Progress(false, total, total, null);
    }
  }
}
