package org.hearth.server.federation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.FederationException;
import org.hearth.federation.FederationException.Reason;
import org.hearth.federation.FeedEntry;
import org.hearth.federation.FeedKind;
import org.hearth.federation.KnownPeer;
import org.hearth.federation.Peer;
import org.hearth.federation.spi.StoredFeed;
import org.hearth.federation.sync.SyncPlanner;
import org.hearth.federation.sync.SyncState;
import org.hearth.federation.verify.FeedIn;
import org.hearth.federation.verify.InstanceDocumentIn;
import org.hearth.federation.verify.VerifiedChangeNotice;
import org.hearth.federation.verify.VerifiedFeed;

/**
 * Pulls active peers' feeds when the {@link SyncPlanner} says they are due: conditional requests,
 * backoff with jitter after failures, a prompt pull after a change notice. Only a feed that
 * verified in full replaces the last good copy; a peer that is down or sends something refused
 * keeps its last good copy. Before pulling, a peer's instance document is fetched again now and
 * then, to follow signed key rotations and refuse any other key change.
 *
 * <p>Pull schedules are kept in memory on each node; what was pulled is in the database.
 */
@ApplicationScoped
public class FeedSync {
  @Inject JpaPeerStore peers;
  @Inject JpaFeedStore feeds;
  @Inject PeerClient client;
  @Inject MergedFeeds merged;
  @Inject FederationSettings settings;
  @Inject PeeringEvents events;
  @Inject SyncRecords records;

  Clock clock = Clock.systemUTC();

  private SyncPlanner planner;
  private final Map<String, SyncState> states = new ConcurrentHashMap<>();
  private final Map<String, Object> locks = new ConcurrentHashMap<>();

  @PostConstruct
  void create() {
    planner = new SyncPlanner(settings.syncPolicy(), new Random());
  }

  /** Pulls every due feed of every active peer; true if any feed changed. */
  public boolean runDue() {
    boolean changed = false;
    for (Peer peer : peers.all()) {
      if (!peer.isActive()) {
        continue;
      }
      for (FeedKind<?> kind : List.of(FeedKind.DIRECTORY, FeedKind.RESOURCES)) {
        if (planner.plan(state(peer.id(), kind), clock.instant()).due()) {
          changed |= pull(peer.id(), kind, false) == SyncRecords.Outcome.UPDATED;
        }
      }
    }
    return changed;
  }

  /**
   * Pulls both feeds of a peer now, whatever the schedule says, checking its instance document
   * first.
   */
  public void pullNow(KeyThumbprint peerId) {
    pull(peerId, FeedKind.DIRECTORY, true);
    pull(peerId, FeedKind.RESOURCES, true);
  }

  /** A verified change notice: pull that feed within seconds. */
  public void onChangeNotice(VerifiedChangeNotice notice) {
    String key = key(notice.peerId(), notice.feed());
    states.compute(
        key,
        (k, s) ->
            planner.onChangeNotice(
                s == null ? SyncState.initial(clock.instant()) : s, notice, clock.instant()));
    records.noticed(notice.peerId(), notice.feed(), clock.instant());
  }

  /** Forgets a peer's schedules (removed or newly active: pull at once). */
  public void reset(KeyThumbprint peerId) {
    states.keySet().removeIf(k -> k.startsWith(peerId.value() + ":"));
  }

  /** When the next pull of each feed of a peer is due. */
  public Optional<Instant> nextAttempt(KeyThumbprint peerId, FeedKind<?> kind) {
    return Optional.ofNullable(states.get(key(peerId, kind))).map(SyncState::nextAttemptAt);
  }

  /** Consecutive failures of a feed's pulls. */
  public int failures(KeyThumbprint peerId, FeedKind<?> kind) {
    SyncState s = states.get(key(peerId, kind));
    return s == null ? 0 : s.failures();
  }

  private SyncRecords.Outcome pull(KeyThumbprint peerId, FeedKind<?> kind, boolean checkDocument) {
    Object lock = locks.computeIfAbsent(key(peerId, kind), k -> new Object());
    synchronized (lock) {
      Optional<JpaPeerStore.PeerRecord> record = peers.record(peerId);
      if (record.isEmpty() || !record.get().peer().isActive()) {
        return SyncRecords.Outcome.SKIPPED;
      }
      Instant now = clock.instant();
      records.started(peerId, kind, now);
      SyncState state = state(peerId, kind);
      try {
        Peer peer = refreshDocument(record.get(), now, checkDocument);
        SyncRecords.Outcome outcome =
            fetchFollowingRotation(record.get(), peer, kind, state, now, checkDocument);
        records.finished(peerId, kind, outcome, null, clock.instant());
        return outcome;
      } catch (FederationException e) {
        states.put(key(peerId, kind), planner.onFailure(state, now));
        if (records.finished(peerId, kind, SyncRecords.Outcome.REFUSED, e, clock.instant())) {
          events.record(record.get().peer(), "feed-refused", kind + ": " + e.getMessage());
        }
        return SyncRecords.Outcome.REFUSED;
      } catch (IOException e) {
        states.put(key(peerId, kind), planner.onFailure(state, now));
        if (records.unreachable(peerId, kind, e.getMessage(), clock.instant())) {
          events.record(record.get().peer(), "peer-unreachable", e.getMessage());
        }
        return SyncRecords.Outcome.UNREACHABLE;
      }
    }
  }

  private <T extends FeedEntry> SyncRecords.Outcome fetch(
      Peer peer, FeedKind<T> kind, SyncState state, Instant now)
      throws IOException, FederationException {
    Optional<StoredFeed> stored = feeds.lastGood(peer.id(), kind);
    Optional<String> etag = stored.map(StoredFeed::etag);
    PeerClient.FeedAnswer answer =
        client.feed(peer.known(), kind, etag, settings.feedLimits().maxChars());
    String key = key(peer.id(), kind);
    if (answer.status() == 304 && stored.isPresent()) {
      feeds.confirm(peer.id(), kind, now);
      states.put(key, planner.onNotModified(state, now));
      merged.invalidate();
      return SyncRecords.Outcome.NOT_MODIFIED;
    }
    String body = answer.body().orElseThrow(() -> new IOException("no feed in the answer"));
    FeedIn<T> in = FeedIn.parse(kind, body, settings.feedLimits());
    records.verifying(peer.id(), kind, countEntries(body));
    long lastSequence = stored.map(StoredFeed::sequence).orElse(-1L);
    VerifiedFeed<T> feed = in.verify(peer, merged.originKeys(), lastSequence, now);
    feeds.saveLastGood(
        new StoredFeed(peer.id(), kind, feed.wire(), feed.etag(), feed.sequence(), now, now));
    merged.accept(peer, feed);
    states.put(key, planner.onFetched(state, feed, now));
    records.counted(
        peer.id(), kind, feed.entries().size(), feed.skippedForeign(), feed.skippedUnresolved());
    return SyncRecords.Outcome.UPDATED;
  }

  /**
   * Fetches the feed; if it is signed by another key than the pinned one, reads the peer's instance
   * document once, now, to follow a rotation the peer made since the last check, and fetches again
   * under the key the rotation announced. Without a signed rotation the refusal stands.
   */
  private SyncRecords.Outcome fetchFollowingRotation(
      JpaPeerStore.PeerRecord record,
      Peer peer,
      FeedKind<?> kind,
      SyncState state,
      Instant now,
      boolean documentJustRead)
      throws IOException, FederationException {
    try {
      return fetch(peer, kind, state, now);
    } catch (FederationException e) {
      boolean otherKey = e.reason() == Reason.WRONG_KEY || e.reason() == Reason.BAD_SIGNATURE;
      if (documentJustRead || !otherKey) {
        throw e;
      }
      Peer followed = refreshDocument(record, now, true);
      if (followed.known().pinnedThumbprint().equals(peer.known().pinnedThumbprint())) {
        throw e;
      }
      return fetch(followed, kind, state, now);
    }
  }

  /**
   * Fetches the peer's instance document again when it is due, and follows a signed rotation.
   *
   * @throws FederationException {@code UNANNOUNCED_KEY_CHANGE} and the like: nothing is pulled
   */
  private Peer refreshDocument(JpaPeerStore.PeerRecord record, Instant now, boolean force)
      throws IOException, FederationException {
    Peer peer = record.peer();
    if (!force && record.checkedAt().plus(settings.documentRefresh()).isAfter(now)) {
      return peer;
    }
    KnownPeer known =
        InstanceDocumentIn.parse(client.fetch(peer.known().baseUrl())).verifyFor(peer.known(), now);
    Peer updated = peer.withKnown(known);
    if (!known.pinnedThumbprint().equals(peer.known().pinnedThumbprint())) {
      events.record(updated, "key-rotated", "now " + known.pinnedThumbprint().value());
    }
    peers.save(updated);
    peers.markChecked(peer.id(), now);
    return updated;
  }

  private SyncState state(KeyThumbprint peerId, FeedKind<?> kind) {
    return states.computeIfAbsent(key(peerId, kind), k -> SyncState.initial(clock.instant()));
  }

  /** A rough count for progress: the number of JWS separators per entry is fixed. */
  private static int countEntries(String body) {
    int dots = 0;
    for (int i = 0; i < body.length(); i++) {
      if (body.charAt(i) == '.') {
        dots++;
      }
    }
    return Math.max(0, dots / 2 - 1);
  }

  private static String key(KeyThumbprint peerId, FeedKind<?> kind) {
    return peerId.value() + ":" + kind.wireName();
  }
}
