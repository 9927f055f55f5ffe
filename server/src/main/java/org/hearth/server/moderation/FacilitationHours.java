package org.hearth.server.moderation;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A group's facilitation hours as its descriptor states them, read as a schedule: one or more
 * periods separated by {@code ;}, each {@code DAYS HH:MM-HH:MM ZONE}, for example {@code Mon-Fri
 * 18:00-21:00 EAT; Sat 10:00-12:00 EAT}. DAYS is {@code Daily}, a day ({@code Mon}), a range
 * ({@code Mon-Fri}, {@code Fri-Mon}) or a comma list ({@code Mon,Wed}); an end before the start
 * runs past midnight; {@code 24:00} ends at midnight. ZONE is {@code UTC}, an offset ({@code
 * +03:00}, {@code UTC+3}), a region ({@code Africa/Nairobi}) or one of a few
 * East/Central/West/South African abbreviations. Text that does not read as a schedule means no
 * facilitator is ever on duty.
 *
 * <p>Immutable and thread-safe.
 */
public final class FacilitationHours {
  private static final Pattern PERIOD =
      Pattern.compile(
          "(?i)\\s*([a-z,\\-]+)\\s+(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})\\s+(\\S+)\\s*");
  private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
  private static final Map<String, String> ABBREVIATIONS =
      Map.of(
          "EAT", "Africa/Nairobi",
          "CAT", "Africa/Maputo",
          "WAT", "Africa/Lagos",
          "SAST", "Africa/Johannesburg",
          "GMT", "UTC",
          "UTC", "UTC");

  private record Period(Set<DayOfWeek> days, int start, int end, ZoneId zone) {
    boolean covers(Instant instant) {
      ZonedDateTime local = instant.atZone(zone);
      int minute = local.getHour() * 60 + local.getMinute();
      if (start < end) {
        return days.contains(local.getDayOfWeek()) && minute >= start && minute < end;
      }
      // Past midnight: the evening part on a listed day, the early part on the day after it.
      return (days.contains(local.getDayOfWeek()) && minute >= start)
          || (days.contains(local.getDayOfWeek().minus(1)) && minute < end);
    }
  }

  private static final FacilitationHours NONE = new FacilitationHours(List.of());

  private final List<Period> periods;

  private FacilitationHours(List<Period> periods) {
    this.periods = periods;
  }

  /** Reads the descriptor's text; absent or unreadable text gives a schedule with no hours. */
  public static FacilitationHours of(String text) {
    return parse(text).orElse(NONE);
  }

  /** The schedule, or empty when the text does not read as one. */
  public static Optional<FacilitationHours> parse(String text) {
    if (text == null || text.isBlank() || text.length() > 200) {
      return Optional.empty();
    }
    List<Period> periods = new ArrayList<>();
    for (String part : text.split(";")) {
      Matcher m = PERIOD.matcher(part);
      if (!m.matches()) {
        return Optional.empty();
      }
      Optional<Set<DayOfWeek>> days = days(m.group(1));
      Optional<ZoneId> zone = zone(m.group(6));
      int start = minutes(m.group(2), m.group(3));
      int end = minutes(m.group(4), m.group(5));
      if (days.isEmpty() || zone.isEmpty() || start < 0 || end < 0 || start == end) {
        return Optional.empty();
      }
      periods.add(new Period(days.get(), start, end, zone.get()));
    }
    return Optional.of(new FacilitationHours(List.copyOf(periods)));
  }

  /** Whether a facilitator is on duty at {@code instant}. */
  public boolean onDuty(Instant instant) {
    return periods.stream().anyMatch(p -> p.covers(instant));
  }

  /** Whether any hours are set at all. */
  public boolean isEmpty() {
    return periods.isEmpty();
  }

  private static int minutes(String hours, String minutes) {
    int h = Integer.parseInt(hours);
    int m = Integer.parseInt(minutes);
    if (m > 59 || h > 24 || (h == 24 && m != 0)) {
      return -1;
    }
    return h * 60 + m;
  }

  private static Optional<Set<DayOfWeek>> days(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.equals("daily")) {
      return Optional.of(EnumSet.allOf(DayOfWeek.class));
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String item : lower.split(",")) {
      String[] range = item.split("-", -1);
      if (range.length > 2) {
        return Optional.empty();
      }
      int from = DAYS.indexOf(range[0]);
      int to = DAYS.indexOf(range[range.length - 1]);
      if (from < 0 || to < 0) {
        return Optional.empty();
      }
      for (int d = from; ; d = (d + 1) % 7) {
        days.add(DayOfWeek.of(d + 1));
        if (d == to) {
          break;
        }
      }
    }
    return Optional.of(days);
  }

  private static Optional<ZoneId> zone(String text) {
    String upper = text.toUpperCase(Locale.ROOT);
    try {
      if (ABBREVIATIONS.containsKey(upper)) {
        return Optional.of(ZoneId.of(ABBREVIATIONS.get(upper)));
      }
      if (upper.startsWith("UTC+") || upper.startsWith("UTC-")) {
        return Optional.of(ZoneId.of(upper));
      }
      if (text.startsWith("+") || text.startsWith("-")) {
        return Optional.of(ZoneId.of(text));
      }
      if (text.contains("/")) {
        return Optional.of(ZoneId.of(text));
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
