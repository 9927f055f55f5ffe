package org.hearth.federation;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Field rules shared by the domain records: bounded, printable text and bounded lists. Stateless.
 */
final class Checks {
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

  private Checks() {}

  /** {@code value}, if it is 1 to {@code max} characters with no control character but \n \t. */
  static String text(String name, String value, int max) {
    Objects.requireNonNull(value, name);
    if (value.isBlank() || value.length() > max || CONTROL.matcher(value).find()) {
      throw new IllegalArgumentException(name + " is 1 to " + max + " printable characters");
    }
    return value;
  }

  /** An immutable copy of {@code values}, if it has at most {@code max} items each matching. */
  static List<String> codes(String name, List<String> values, int max, Pattern each) {
    List<String> copy = List.copyOf(values);
    if (copy.size() > max || copy.stream().distinct().count() != copy.size()) {
      throw new IllegalArgumentException(name + " has at most " + max + " distinct items");
    }
    for (String v : copy) {
      if (!each.matcher(v).matches()) {
        throw new IllegalArgumentException(name + " has a malformed item");
      }
    }
    return copy;
  }
}
