package org.hearth.server.moderation;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Out-of-hours protection: when no facilitator is on duty, {@code threshold} verified reports from
 * distinct members against one member within {@code window} mute that member for {@code muteFor},
 * or until a facilitator reviews the reports. A threshold of 0 turns it off.
 *
 * <p>Immutable and thread-safe.
 */
public record OutOfHoursPolicy(int threshold, Duration window, Duration muteFor) {
  public OutOfHoursPolicy {
    if (threshold < 0 || window.isNegative() || muteFor.isNegative()) {
      throw new IllegalArgumentException("threshold, window and mute period are not negative");
    }
  }

  /** Reports created at or after this instant count. */
  public Instant windowStart(Instant now) {
    return now.minus(window);
  }

  /**
   * Whether the member is to be muted now, and until when.
   *
   * @param hours the group's facilitation hours
   * @param now the time of the report that was just accepted
   * @param distinctReporters how many distinct members reported the member within the window
   */
  public Optional<Instant> muteUntil(FacilitationHours hours, Instant now, long distinctReporters) {
    if (threshold == 0 || hours.onDuty(now) || distinctReporters < threshold) {
      return Optional.empty();
    }
    return Optional.of(now.plus(muteFor));
  }
}
