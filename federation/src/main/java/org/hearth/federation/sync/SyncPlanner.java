package org.hearth.federation.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import org.hearth.federation.verify.VerifiedChangeNotice;
import org.hearth.federation.verify.VerifiedFeed;

/**
 * Decides when to pull each peer's feed. Regular polls are spread by ±10% jitter; after the n-th
 * consecutive failure the next try waits a random time between half and all of {@code
 * min(maxBackoff, firstBackoff * 2^(n-1))} ("equal jitter"); a verified change notice for a newer
 * sequence brings the next pull forward to within {@code noticeDelay}, at most once per {@code
 * minNoticeGap}, even during backoff (the notice shows the peer is up).
 *
 * <p>Thread-safe; deterministic for a given {@link Random} seed, which tests rely on.
 */
public final class SyncPlanner {
  private final SyncPolicy policy;
  private final Random random;

  public SyncPlanner(SyncPolicy policy, Random random) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.random = Objects.requireNonNull(random, "random");
  }

  public FetchPlan plan(SyncState state, Instant now) {
    return new FetchPlan(!now.isBefore(state.nextAttemptAt()), state.etag());
  }

  /** A new feed was fetched and verified in full. */
  public SyncState onFetched(SyncState state, VerifiedFeed<?> feed, Instant now) {
    return new SyncState(
        Optional.of(feed.etag()),
        feed.sequence(),
        0,
        now.plus(jittered(policy.pollInterval())),
        state.lastNoticePullAt());
  }

  /** The peer answered {@code 304 Not Modified}: the last good copy is confirmed. */
  public SyncState onNotModified(SyncState state, Instant now) {
    return new SyncState(
        state.etag(),
        state.sequence(),
        0,
        now.plus(jittered(policy.pollInterval())),
        state.lastNoticePullAt());
  }

  /** The pull failed (unreachable, error status, or a feed that did not verify). */
  public SyncState onFailure(SyncState state, Instant now) {
    int failures = state.failures() == Integer.MAX_VALUE ? state.failures() : state.failures() + 1;
    return new SyncState(
        state.etag(),
        state.sequence(),
        failures,
        now.plus(backoff(failures)),
        state.lastNoticePullAt());
  }

  /** A verified change notice arrived for this feed. */
  public SyncState onChangeNotice(SyncState state, VerifiedChangeNotice notice, Instant now) {
    if (notice.sequence() <= state.sequence()) {
      return state;
    }
    Instant earliest = state.lastNoticePullAt().map(t -> t.plus(policy.minNoticeGap())).orElse(now);
    Instant at = now.plusMillis(nextLong(policy.noticeDelay().toMillis() + 1));
    if (at.isBefore(earliest)) {
      at = earliest;
    }
    if (!at.isBefore(state.nextAttemptAt())) {
      return state;
    }
    return new SyncState(state.etag(), state.sequence(), state.failures(), at, Optional.of(at));
  }

  /** The delay after {@code failures} consecutive failures (at least 1). */
  Duration backoff(int failures) {
    long first = policy.firstBackoff().toMillis();
    long max = policy.maxBackoff().toMillis();
    int shift = Math.min(failures - 1, 40);
    long ceiling = first > (max >> shift) ? max : Math.min(max, first << shift);
    long half = ceiling / 2;
    return Duration.ofMillis(half + nextLong(ceiling - half + 1));
  }

  private Duration jittered(Duration interval) {
    long ms = interval.toMillis();
    long tenth = ms / 10;
    return Duration.ofMillis(ms - tenth + nextLong(2 * tenth + 1));
  }

  private long nextLong(long bound) {
    synchronized (random) {
      return bound <= 1 ? 0 : (long) (random.nextDouble() * bound);
    }
  }
}
