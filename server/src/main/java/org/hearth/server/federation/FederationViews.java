package org.hearth.server.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.FeedEntry;
import org.hearth.federation.FeedKind;
import org.hearth.federation.InstanceDocument;
import org.hearth.federation.Peer;
import org.hearth.federation.merge.MergedEntry;
import org.hearth.federation.merge.MergedView;

/** Builds what the admin API shows about peers, their feeds and the merged entries. */
@ApplicationScoped
public class FederationViews {
  @Inject JpaFeedStore feeds;
  @Inject FeedSync sync;
  @Inject SyncRecords records;
  @Inject MergedFeeds merged;
  @Inject FederationSettings settings;

  Clock clock = Clock.systemUTC();

  /** An instance as its signed document describes it, for the admin to compare out of band. */
  public record InstanceSummary(
      String name,
      String operator,
      String description,
      String baseUrl,
      String thumbprint,
      String fingerprint) {}

  /**
   * A peering with its feeds' sync status.
   *
   * @param id the thumbprint the peer was first pinned with; stays across key rotations
   * @param thumbprint the key pinned now
   * @param delivered after a decision: whether the peer took the notice (null otherwise)
   */
  public record PeerView(
      String id,
      String name,
      String operator,
      String description,
      String baseUrl,
      String thumbprint,
      String fingerprint,
      String state,
      boolean showPeersPeers,
      boolean feedHidden,
      Instant changedAt,
      Instant pinnedAt,
      Boolean delivered,
      List<FeedStatus> feeds) {}

  /**
   * One feed of a peer: the last good copy and the pulls.
   *
   * @param ageSeconds since the peer last confirmed the copy (a pull or a 304)
   * @param running whether a pull runs now; {@code verifying} entries are being checked
   * @param lastProblem the problem type of the last refusal or failure, if the last pull failed
   */
  public record FeedStatus(
      String feed,
      Long sequence,
      Instant fetchedAt,
      Instant confirmedAt,
      Long ageSeconds,
      boolean stale,
      int entries,
      int skippedForeign,
      int skippedUnresolved,
      int failures,
      Instant nextAttemptAt,
      boolean running,
      int verifying,
      Instant lastAttemptAt,
      String lastOutcome,
      String lastProblem,
      String lastDetail,
      Instant lastNoticeAt) {}

  /** Sync of all peers, with the progress of a merge that re-verifies stored feeds. */
  public record SyncOverview(
      boolean merging,
      int feedsToVerify,
      int feedsVerified,
      String verifyingPeer,
      int pullsRunning,
      List<PeerView> peers) {}

  /** One entry of the merged view with its provenance. */
  public record RemoteEntryView(
      String feed,
      String origin,
      String originName,
      String homeUrl,
      String id,
      String name,
      String via,
      String viaName,
      long ageSeconds,
      boolean stale,
      boolean reviewOverdue,
      Instant updatedAt) {}

  public static InstanceSummary summary(InstanceDocument d) {
    return new InstanceSummary(
        d.name(),
        d.operator(),
        d.description(),
        d.baseUrl().value(),
        d.thumbprint().value(),
        d.fingerprint().value());
  }

  public PeerView peer(JpaPeerStore.PeerRecord record, Boolean delivered) {
    Peer p = record.peer();
    InstanceDocument d = p.known().document();
    List<FeedStatus> statuses = new ArrayList<>();
    for (FeedKind<?> kind : List.of(FeedKind.DIRECTORY, FeedKind.RESOURCES)) {
      statuses.add(status(p.id(), kind));
    }
    return new PeerView(
        p.id().value(),
        d.name(),
        d.operator(),
        d.description(),
        d.baseUrl().value(),
        d.thumbprint().value(),
        d.fingerprint().value(),
        p.state().name(),
        p.showPeersPeers(),
        record.feedHidden(),
        p.changedAt(),
        p.known().pinnedAt(),
        delivered,
        statuses);
  }

  public SyncOverview overview(List<JpaPeerStore.PeerRecord> peers) {
    List<PeerView> views = peers.stream().map(r -> peer(r, null)).toList();
    int running =
        (int) views.stream().flatMap(v -> v.feeds().stream()).filter(FeedStatus::running).count();
    MergedFeeds.Progress progress = merged.progress();
    return new SyncOverview(
        progress.running(),
        progress.feedsToVerify(),
        progress.feedsVerified(),
        progress.current(),
        running,
        views);
  }

  /** The merged entries of {@code kind} now shown, with where each came from. */
  public List<RemoteEntryView> entries(FeedKind<?> kind) {
    MergedFeeds.Snapshot s = merged.snapshot();
    MergedView<? extends FeedEntry> view =
        kind == FeedKind.DIRECTORY ? s.directory() : s.resources();
    Instant now = clock.instant();
    long staleAfter = settings.mergePolicy().staleAfter().toSeconds();
    List<RemoteEntryView> out = new ArrayList<>();
    for (MergedEntry<? extends FeedEntry> e : view.entries()) {
      FeedEntry entry = e.entry();
      long age = Math.max(0, Duration.between(s.confirmedAt(e), now).toSeconds());
      out.add(
          new RemoteEntryView(
              kind.wireName(),
              entry.origin().thumbprint().value(),
              RemoteEntries.homeName(entry.origin(), s),
              entry.origin().baseUrl().value(),
              entry.id().value(),
              name(entry),
              e.via().value(),
              s.names().getOrDefault(e.via(), e.via().value()),
              age,
              age > staleAfter,
              e.reviewOverdue(),
              entry.updatedAt()));
    }
    return out;
  }

  private FeedStatus status(KeyThumbprint peerId, FeedKind<?> kind) {
    Map<String, JpaFeedStore.FeedMark> marks = new HashMap<>();
    feeds.marks(kind).forEach(m -> marks.put(m.peerId().value(), m));
    JpaFeedStore.FeedMark mark = marks.get(peerId.value());
    SyncRecords.FeedRecord r = records.get(peerId, kind).orElse(SyncRecords.FeedRecord.NONE);
    Instant now = clock.instant();
    Long age =
        mark == null ? null : Math.max(0, Duration.between(mark.confirmedAt(), now).toSeconds());
    return new FeedStatus(
        kind.wireName(),
        mark == null ? null : mark.sequence(),
        mark == null ? null : mark.fetchedAt(),
        mark == null ? null : mark.confirmedAt(),
        age,
        age != null && age > settings.mergePolicy().staleAfter().toSeconds(),
        r.entries(),
        r.skippedForeign(),
        r.skippedUnresolved(),
        sync.failures(peerId, kind),
        sync.nextAttempt(peerId, kind).orElse(null),
        r.running(),
        r.verifying(),
        r.lastAttemptAt(),
        r.lastOutcome() == null ? null : r.lastOutcome().name(),
        r.lastProblem(),
        r.lastDetail(),
        r.lastNoticeAt());
  }

  private static String name(FeedEntry entry) {
    if (entry instanceof org.hearth.federation.GroupListing g) {
      return g.descriptor().name();
    }
    return ((org.hearth.federation.ResourceEntry) entry).name();
  }
}
