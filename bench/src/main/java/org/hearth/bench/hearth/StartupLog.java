package org.hearth.bench.hearth;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where a Hearth start spends its time, read from Liberty's {@code messages.log}: each line starts
 * with a timestamp like {@code [11/26/26, 9:58:30:798 UTC]}, and the milestones are Liberty's
 * message ids and Hearth's own start-up lines. The first occurrence of each milestone counts.
 *
 * <p>Stateless and thread-safe.
 */
public final class StartupLog {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("M/d/yy, H:mm:ss:SSS z", Locale.ROOT);

  /** Milestones in start-up order: the text that marks each, and its name in the breakdown. */
  private static final Map<String, String> MILESTONES = new LinkedHashMap<>();

  static {
    MILESTONES.put("CWWKE0001I", "kernel launched");
    MILESTONES.put("CWWKZ0018I", "application starting");
    MILESTONES.put("CWWKF0012I", "features installed");
    MILESTONES.put("CWWKF0011I", "server started (features ready)");
    MILESTONES.put("FlywayExecutor", "migrations begin");
    MILESTONES.put("Database schema at version", "migrations done");
    MILESTONES.put("CWWKO1660I", "OpenAPI document produced");
    MILESTONES.put("CWWKZ0001I", "application started");
  }

  private StartupLog() {}

  /** The milestones found in {@code lines}, in the order above, with their times. */
  public static Map<String, Instant> milestones(List<String> lines) {
    Map<String, Instant> found = new LinkedHashMap<>();
    for (Map.Entry<String, String> milestone : MILESTONES.entrySet()) {
      for (String line : lines) {
        if (line.contains(milestone.getKey())) {
          Optional<Instant> at = timestamp(line);
          if (at.isPresent()) {
            found.put(milestone.getValue(), at.get());
            break;
          }
        }
      }
    }
    return found;
  }

  /** The time a log line starts with, if it starts with one. */
  static Optional<Instant> timestamp(String line) {
    int end = line.indexOf(']');
    if (!line.startsWith("[") || end < 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZonedDateTime.parse(line.substring(1, end), STAMP).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
