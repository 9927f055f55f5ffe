package org.hearth.federation.sync;

import static org.hearth.federation.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.FeedKind;
import org.hearth.federation.Fixtures;
import org.hearth.federation.GroupListing;
import org.hearth.federation.verify.VerifiedChangeNotice;
import org.hearth.federation.verify.VerifiedFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyncPlannerTest {
  static final KeyThumbprint PEER = Fixtures.key(1).publicKey().thumbprint();
  static final SyncPolicy POLICY = SyncPolicy.DEFAULT;

  static SyncPlanner planner(long seed) {
    return new SyncPlanner(POLICY, new Random(seed));
  }

  static VerifiedFeed<GroupListing> fetched(long sequence, String etag) {
    return new VerifiedFeed<>(
        FeedKind.DIRECTORY, PEER, sequence, NOW, etag, "{}", List.of(), 0, 0, NOW);
  }

  static VerifiedChangeNotice notice(long sequence) {
    return new VerifiedChangeNotice(PEER, FeedKind.DIRECTORY, sequence, NOW);
  }

  @Test
  void aNewPeerIsDueAtOnceWithoutAnEtag() {
    FetchPlan plan = planner(1).plan(SyncState.initial(NOW), NOW);
    assertTrue(plan.due());
    assertEquals(Optional.empty(), plan.ifNoneMatch());
  }

  @Test
  void afterAFetchTheNextPullIsConditionalAndAboutOnePollIntervalLater() {
    SyncPlanner p = planner(1);
    SyncState s = p.onFetched(SyncState.initial(NOW), fetched(3, "\"abc\""), NOW);
    assertEquals(3, s.sequence());
    assertFalse(p.plan(s, NOW.plusSeconds(60)).due());
    Duration wait = Duration.between(NOW, s.nextAttemptAt());
    assertTrue(
        wait.compareTo(Duration.ofMinutes(13)) >= 0 && wait.compareTo(Duration.ofMinutes(17)) <= 0);
    FetchPlan plan = p.plan(s, s.nextAttemptAt());
    assertTrue(plan.due());
    assertEquals(Optional.of("\"abc\""), plan.ifNoneMatch());
    SyncState confirmed = p.onNotModified(s, s.nextAttemptAt());
    assertEquals(s.etag(), confirmed.etag());
    assertEquals(0, confirmed.failures());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 5, 10, 20, 100, 10_000})
  void backoffDoublesWithJitterAndIsBounded(int failures) {
    SyncPlanner p = planner(failures);
    long ceiling =
        Math.min(
            POLICY.maxBackoff().toMillis(),
            POLICY.firstBackoff().toMillis() << Math.min(failures - 1, 30));
    for (int i = 0; i < 50; i++) {
      long ms = p.backoff(failures).toMillis();
      assertTrue(
          ms >= ceiling / 2 && ms <= ceiling,
          ms + " outside [" + ceiling / 2 + ", " + ceiling + "]");
    }
  }

  @Test
  void failuresCountUpAndASuccessResetsThem() {
    SyncPlanner p = planner(7);
    SyncState s = SyncState.initial(NOW);
    Instant t = NOW;
    for (int i = 1; i <= 12; i++) {
      s = p.onFailure(s, t);
      assertEquals(i, s.failures());
      assertTrue(!s.nextAttemptAt().isAfter(t.plus(POLICY.maxBackoff())));
      t = s.nextAttemptAt();
    }
    assertEquals(0, p.onFetched(s, fetched(1, "\"x\""), t).failures());
  }

  @Test
  void theSameSeedGivesTheSameSchedule() {
    SyncState a = planner(42).onFailure(SyncState.initial(NOW), NOW);
    SyncState b = planner(42).onFailure(SyncState.initial(NOW), NOW);
    assertEquals(a, b);
  }

  @Test
  void aNoticeForANewerSequenceBringsThePullForwardEvenDuringBackoff() {
    SyncPlanner p = planner(3);
    SyncState s = SyncState.initial(NOW);
    for (int i = 0; i < 8; i++) {
      s = p.onFailure(s, NOW);
    }
    SyncState after = p.onChangeNotice(s, notice(1), NOW);
    assertTrue(!after.nextAttemptAt().isAfter(NOW.plus(POLICY.noticeDelay())));
    assertEquals(Optional.of(after.nextAttemptAt()), after.lastNoticePullAt());
  }

  @Test
  void noticesForKnownSequencesAreIgnoredAndFloodsAreDebounced() {
    SyncPlanner p = planner(5);
    SyncState synced = p.onFetched(SyncState.initial(NOW), fetched(4, "\"x\""), NOW);
    assertSame(synced, p.onChangeNotice(synced, notice(4), NOW));
    assertSame(synced, p.onChangeNotice(synced, notice(3), NOW));

    SyncState first = p.onChangeNotice(synced, notice(5), NOW);
    Instant pulled = first.nextAttemptAt();
    SyncState refetched = p.onFetched(first, fetched(5, "\"y\""), pulled);
    SyncState second = p.onChangeNotice(refetched, notice(6), pulled);
    assertTrue(!second.nextAttemptAt().isBefore(pulled.plus(POLICY.minNoticeGap())));
  }
}
