package org.hearth.federation.sync;

import java.time.Duration;
import java.util.Objects;

/**
 * Timing of feed pulls: the regular poll interval, the first and the longest backoff after
 * failures, the longest random delay before a pull prompted by a change notice, and the shortest
 * gap between two such pulls (so a flood of notices costs at most one pull per gap).
 *
 * <p>Immutable and thread-safe.
 */
public record SyncPolicy(
    Duration pollInterval,
    Duration firstBackoff,
    Duration maxBackoff,
    Duration noticeDelay,
    Duration minNoticeGap) {
  /** Poll every 15 min; back off from 30 s up to 6 h; pull within 5 s of a notice, 10 s apart. */
  public static final SyncPolicy DEFAULT =
      new SyncPolicy(
          Duration.ofMinutes(15),
          Duration.ofSeconds(30),
          Duration.ofHours(6),
          Duration.ofSeconds(5),
          Duration.ofSeconds(10));

  public SyncPolicy {
    for (Duration d : new Duration[] {pollInterval, firstBackoff, maxBackoff, noticeDelay}) {
      if (Objects.requireNonNull(d).isNegative() || d.isZero()) {
        throw new IllegalArgumentException("sync durations are positive");
      }
    }
    if (minNoticeGap.isNegative() || maxBackoff.compareTo(firstBackoff) < 0) {
      throw new IllegalArgumentException("firstBackoff <= maxBackoff, minNoticeGap >= 0");
    }
  }
}
