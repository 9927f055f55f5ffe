package org.hearth.server.privacy;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How long one kind of record is kept, as a rule the retention job can act on and the privacy page
 * can show.
 *
 * @param rule what the job does
 * @param column the column the rule reads ({@code null} for {@link Rule#LIFECYCLE})
 * @param keep for {@link Rule#AGE}: how long after {@code column} a row stays; for a limit set by a
 *     variable, its default
 * @param variable the configuration variable that sets the limit, when there is one
 * @param wording the message key suffix of the page's wording: {@code privacy.retention.<wording>}
 */
public record Retention(
    Rule rule, String column, Duration keep, Optional<String> variable, String wording) {

  /** What the job does with a kind of record. */
  public enum Rule {
    /** Deletes each row once the time in {@code column} (seconds since the epoch) has come. */
    EXPIRES_AT,
    /** Deletes each row {@code keep} after the time in {@code column}. */
    AGE,
    /** Never deleted by the job: the row goes with what it belongs to, as its wording says. */
    LIFECYCLE
  }

  public Retention {
    Objects.requireNonNull(rule);
    Objects.requireNonNull(variable);
    Objects.requireNonNull(wording);
    if (rule != Rule.LIFECYCLE) {
      Objects.requireNonNull(column);
    }
    if (rule == Rule.AGE) {
      Objects.requireNonNull(keep);
    }
  }

  /** Deleted when {@code column} is reached; the limit was set when the row was written. */
  public static Retention expiresAt(String column, String wording) {
    return new Retention(Rule.EXPIRES_AT, column, null, Optional.empty(), wording);
  }

  /**
   * As {@link #expiresAt}, with the configuration variable that sets the limit when rows are
   * written and its default (shown on the privacy page).
   */
  public static Retention expiresAt(
      String column, String wording, String variable, Duration byDefault) {
    return new Retention(Rule.EXPIRES_AT, column, byDefault, Optional.of(variable), wording);
  }

  /** Deleted {@code keep} after {@code column}; {@code variable} overrides {@code keep}. */
  public static Retention age(String column, Duration keep, String variable, String wording) {
    return new Retention(Rule.AGE, column, keep, Optional.of(variable), wording);
  }

  /** Kept while what it belongs to exists, as {@code wording} says. */
  public static Retention lifecycle(String wording) {
    return new Retention(Rule.LIFECYCLE, null, null, Optional.empty(), wording);
  }

  /** The message key of the page's wording. */
  public String wordingKey() {
    return "privacy.retention." + wording;
  }
}
