package org.hearth.server.privacy;

import java.time.Duration;

/**
 * How finely a column records time. Times that say when a person did something are stored no finer
 * than the feature needs; the others say so and why in their purpose.
 */
public enum Coarsening {
  /** Not a time. */
  NOT_A_TIME(null),
  /** Stored to the second: it is an expiry or a time about the instance, not about a person. */
  EXACT(Duration.ofSeconds(1)),
  /** Rounded down to the minute. */
  MINUTE(Duration.ofMinutes(1)),
  /** Rounded down to the hour. */
  HOUR(Duration.ofHours(1)),
  /** A calendar day. */
  DAY(Duration.ofDays(1));

  private final Duration unit;

  Coarsening(Duration unit) {
    this.unit = unit;
  }

  /** {@code epochSeconds} rounded down to this precision. */
  public long floor(long epochSeconds) {
    if (unit == null) {
      throw new IllegalStateException(this + " is not a time");
    }
    long step = unit.toSeconds();
    return Math.floorDiv(epochSeconds, step) * step;
  }

  /** {@code epochSeconds} rounded up to this precision. */
  public long ceil(long epochSeconds) {
    long floor = floor(epochSeconds);
    return floor == epochSeconds ? floor : floor + unit.toSeconds();
  }

  /** The message key of the page's wording for this precision. */
  public String messageKey() {
    return "privacy.time." + name().toLowerCase(java.util.Locale.ROOT);
  }
}
