package org.hearth.server.web.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Reads typed form values: lists, numbers, dates and choices; what does not parse is marked. */
final class FormValues {
  private static final int MAX_LIST = 100;

  private FormValues() {}

  /** The stripped text, or null when blank. */
  static String trimmed(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** The non-blank parts of {@code text} split at {@code separator}; null when there are none. */
  static List<String> list(String text, String separator) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return Arrays.stream(text.split(java.util.regex.Pattern.quote(separator), MAX_LIST + 1))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  static Integer integer(String text, String field, FormErrors errors) {
    String t = trimmed(text);
    if (t == null) {
      return null;
    }
    try {
      return Integer.valueOf(t);
    } catch (NumberFormatException e) {
      errors.field(field);
      return null;
    }
  }

  static <E extends Enum<E>> E constant(
      Class<E> type, String text, String field, FormErrors errors) {
    String t = trimmed(text);
    if (t == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, t.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.field(field);
      return null;
    }
  }

  static java.time.LocalDate date(String text, String field, FormErrors errors) {
    String t = trimmed(text);
    if (t == null) {
      return null;
    }
    try {
      return java.time.LocalDate.parse(t);
    } catch (java.time.format.DateTimeParseException e) {
      errors.field(field);
      return null;
    }
  }
}
