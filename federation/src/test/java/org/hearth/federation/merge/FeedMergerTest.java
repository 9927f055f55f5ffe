package org.hearth.federation.merge;

import static org.hearth.federation.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.hearth.federation.EntryId;
import org.hearth.federation.EntryKey;
import org.hearth.federation.FeedEntry;
import org.hearth.federation.FeedKind;
import org.hearth.federation.Fixtures;
import org.hearth.federation.GroupListing;
import org.hearth.federation.Origin;
import org.hearth.federation.ResourceEntry;
import org.hearth.federation.protocol.SignedEntry;
import org.hearth.federation.verify.VerifiedEntry;
import org.hearth.federation.verify.VerifiedFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedMergerTest {
  static final Origin A = Fixtures.origin(Fixtures.key(1), "a");
  static final Origin B = Fixtures.origin(Fixtures.key(2), "b");
  static final Origin C = Fixtures.origin(Fixtures.key(3), "c");
  static final MergePolicy POLICY =
      new MergePolicy(Duration.ofHours(1), Duration.ofDays(1), Set.of(), Set.of());

  static <T extends FeedEntry> VerifiedEntry<T> entry(T e, Origin via) {
    return new VerifiedEntry<>(
        e,
        new SignedEntry(e.origin(), e.id(), "jws-" + e.id() + "-" + e.updatedAt()),
        via.thumbprint(),
        NOW);
  }

  @SafeVarargs
  static PeerFeed<GroupListing> feed(
      Origin peer, Instant confirmedAt, VerifiedEntry<GroupListing>... entries) {
    return new PeerFeed<>(
        new VerifiedFeed<>(
            FeedKind.DIRECTORY,
            peer.thumbprint(),
            1,
            NOW,
            "\"e\"",
            "{}",
            List.of(entries),
            0,
            0,
            NOW),
        confirmedAt);
  }

  static GroupListing g(Origin origin, String id, int minutesAgo) {
    return Fixtures.group(origin, id, NOW.minusSeconds(60L * minutesAgo));
  }

  @Test
  void duplicatesKeepTheNewestWithItsProvenance() {
    MergedView<GroupListing> view =
        FeedMerger.merge(
            List.of(
                feed(A, NOW, entry(g(A, "1", 30), A)),
                feed(B, NOW, entry(g(A, "1", 10), B), entry(g(B, "2", 5), B))),
            POLICY,
            NOW);
    assertEquals(2, view.entries().size());
    MergedEntry<GroupListing> one =
        view.find(new EntryKey(A.thumbprint(), g(A, "1", 0).id())).orElseThrow();
    assertEquals(NOW.minusSeconds(600), one.entry().updatedAt());
    assertEquals(B.thumbprint(), one.via());
    assertFalse(one.direct());
  }

  @Test
  void onEqualTimesTheCopyStraightFromTheOriginWins() {
    MergedView<GroupListing> view =
        FeedMerger.merge(
            List.of(feed(B, NOW, entry(g(A, "1", 10), B)), feed(A, NOW, entry(g(A, "1", 10), A))),
            POLICY,
            NOW);
    assertTrue(view.entries().get(0).direct());
  }

  @Test
  void aPeerThatIsDownKeepsItsCopyMarkedWithItsAgeThenExpires() {
    PeerFeed<GroupListing> down = feed(B, NOW.minus(Duration.ofHours(3)), entry(g(B, "2", 200), B));
    MergedView<GroupListing> view = FeedMerger.merge(List.of(down), POLICY, NOW);
    MergedEntry<GroupListing> e = view.entries().get(0);
    assertTrue(e.stale());
    assertEquals(Duration.ofHours(3), e.age());

    MergedView<GroupListing> later =
        FeedMerger.merge(List.of(down), POLICY, NOW.plus(Duration.ofDays(1)));
    assertEquals(List.of(), later.entries());
    assertEquals(Set.of(B.thumbprint()), later.expiredPeers());
  }

  @Test
  void aFreshCopyIsNotStale() {
    MergedView<GroupListing> view =
        FeedMerger.merge(
            List.of(feed(A, NOW.minusSeconds(60), entry(g(A, "1", 1), A))), POLICY, NOW);
    assertFalse(view.entries().get(0).stale());
  }

  @Test
  void hiddenPeersOriginsAndEntriesAreLeftOut() {
    List<PeerFeed<GroupListing>> feeds =
        List.of(
            feed(A, NOW, entry(g(A, "1", 1), A), entry(g(A, "2", 1), A)),
            feed(B, NOW, entry(g(B, "3", 1), B), entry(g(C, "4", 1), B)));
    EntryKey hiddenEntry = g(A, "2", 1).key();
    MergePolicy policy = POLICY.hidingEntry(hiddenEntry).hidingInstance(C.thumbprint());
    assertEquals(
        List.of("1", "3"),
        FeedMerger.merge(feeds, policy, NOW).entries().stream()
            .map(e -> e.entry().id().value())
            .sorted()
            .toList());
    assertEquals(
        List.of("1"),
        FeedMerger.merge(feeds, POLICY.hidingInstance(B.thumbprint()).hidingEntry(hiddenEntry), NOW)
            .entries()
            .stream()
            .map(e -> e.entry().id().value())
            .toList());
  }

  @Test
  void aHiddenPeersCopyDoesNotHideAVisibleOne() {
    List<PeerFeed<GroupListing>> feeds =
        List.of(feed(A, NOW, entry(g(A, "1", 20), A)), feed(B, NOW, entry(g(A, "1", 1), B)));
    MergedEntry<GroupListing> kept =
        FeedMerger.merge(feeds, POLICY.hidingInstance(B.thumbprint()), NOW).entries().get(0);
    assertEquals(A.thumbprint(), kept.via());
  }

  @Test
  void resourcesPastReviewByAreFlagged() {
    ResourceEntry due = Fixtures.resource(A, "due", LocalDate.of(2026, 11, 25));
    ResourceEntry today = Fixtures.resource(A, "today", LocalDate.of(2026, 11, 26));
    PeerFeed<ResourceEntry> feed =
        new PeerFeed<>(
            new VerifiedFeed<>(
                FeedKind.RESOURCES,
                A.thumbprint(),
                1,
                NOW,
                "\"e\"",
                "{}",
                List.of(entry(due, A), entry(today, A)),
                0,
                0,
                NOW),
            NOW);
    MergedView<ResourceEntry> view = FeedMerger.merge(List.of(feed), POLICY, NOW);
    assertTrue(view.find(due.key()).orElseThrow().reviewOverdue());
    assertFalse(view.find(today.key()).orElseThrow().reviewOverdue());
  }

  /** Property: for random feeds with overlapping entries, every input order gives the same view. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void mergingIsOrderIndependent(long seed) {
    Random random = new Random(seed);
    Origin[] instances = {A, B, C};
    List<PeerFeed<GroupListing>> feeds = new ArrayList<>();
    for (Origin peer : instances) {
      List<VerifiedEntry<GroupListing>> entries = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        Origin origin = instances[random.nextInt(3)];
        String id = "e" + random.nextInt(8);
        if (entries.stream()
            .noneMatch(e -> e.key().equals(new EntryKey(origin.thumbprint(), new EntryId(id))))) {
          entries.add(entry(g(origin, id, random.nextInt(3)), peer));
        }
      }
      Collections.shuffle(entries, random);
      @SuppressWarnings("unchecked")
      VerifiedEntry<GroupListing>[] array = entries.toArray(new VerifiedEntry[0]);
      feeds.add(feed(peer, NOW.minusSeconds(random.nextInt(7200)), array));
    }
    MergePolicy policy = POLICY.hidingEntry(new EntryKey(A.thumbprint(), new EntryId("e1")));
    MergedView<GroupListing> expected = FeedMerger.merge(feeds, policy, NOW);
    for (int round = 0; round < 10; round++) {
      List<PeerFeed<GroupListing>> shuffled = new ArrayList<>(feeds);
      Collections.shuffle(shuffled, random);
      List<PeerFeed<GroupListing>> reordered = new ArrayList<>();
      for (PeerFeed<GroupListing> f : shuffled) {
        List<VerifiedEntry<GroupListing>> entries = new ArrayList<>(f.feed().entries());
        Collections.shuffle(entries, random);
        VerifiedFeed<GroupListing> v = f.feed();
        reordered.add(
            new PeerFeed<>(
                new VerifiedFeed<>(
                    v.kind(),
                    v.peerId(),
                    v.sequence(),
                    v.issuedAt(),
                    v.etag(),
                    v.wire(),
                    entries,
                    0,
                    0,
                    v.verifiedAt()),
                f.confirmedAt()));
      }
      assertEquals(expected, FeedMerger.merge(reordered, policy, NOW));
    }
    List<EntryKey> keys = expected.entries().stream().map(MergedEntry::key).toList();
    assertEquals(keys.stream().sorted().toList(), keys);
    assertEquals(Set.copyOf(keys).size(), keys.size());
  }
}
