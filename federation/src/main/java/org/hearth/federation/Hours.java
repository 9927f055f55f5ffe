package org.hearth.federation;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * When a service answers or a group is facilitated: either around the clock ({@link #ALWAYS}) or a
 * schedule in the OpenStreetMap {@code opening_hours} syntax (such as {@code Mo-Fr 18:00-22:00})
 * read in the given time zone. The schedule is shown to people, not interpreted by Hearth.
 *
 * <p>Immutable and thread-safe.
 */
public record Hours(boolean alwaysOpen, Optional<String> schedule, Optional<ZoneId> zone) {
  public static final int MAX_SCHEDULE = 200;

  /** Open 24 hours a day, 7 days a week. */
  public static final Hours ALWAYS = new Hours(true, Optional.empty(), Optional.empty());

  public Hours {
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(zone, "zone");
    if (alwaysOpen != schedule.isEmpty()) {
      throw new IllegalArgumentException("hours are either 24/7 or a schedule");
    }
    schedule.ifPresent(s -> Checks.text("schedule", s, MAX_SCHEDULE));
  }

  /** A schedule in {@code zone}. */
  public static Hours schedule(String schedule, ZoneId zone) {
    return new Hours(false, Optional.of(schedule), Optional.of(zone));
  }
}
