package org.hearth.federation.protocol;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A strict view of one parsed JSON object: members must have the expected type, unknown members are
 * refused ({@link #only}), strings are bounded. Every failure is an {@link
 * IllegalArgumentException} that {@link Json#read} turns into {@code MALFORMED}.
 *
 * <p>Not thread-safe; used by one decoder at a time.
 */
public final class JsonIn {
  /** Longest string member read unless a caller says otherwise. */
  public static final int MAX_STRING = 4096;

  private final Map<String, Object> map;

  JsonIn(Map<String, Object> map) {
    this.map = map;
  }

  /** Refuses members other than {@code names}; returns this reader. */
  public JsonIn only(Set<String> names) {
    for (String name : map.keySet()) {
      if (!names.contains(name)) {
        throw new IllegalArgumentException("unexpected member " + name.length() + " chars long");
      }
    }
    return this;
  }

  public boolean has(String name) {
    return map.containsKey(name);
  }

  public String string(String name) {
    return optString(name).orElseThrow(() -> missing(name));
  }

  public Optional<String> optString(String name) {
    return optString(name, MAX_STRING);
  }

  /** A string member of at most {@code maxLength} characters. */
  public String string(String name, int maxLength) {
    return optString(name, maxLength).orElseThrow(() -> missing(name));
  }

  private Optional<String> optString(String name, int maxLength) {
    Object v = map.get(name);
    if (v == null) {
      return Optional.empty();
    }
    if (!(v instanceof String s) || s.length() > maxLength) {
      throw new IllegalArgumentException(name + " is a string of at most " + maxLength);
    }
    return Optional.of(s);
  }

  public long longValue(String name) {
    if (!(map.get(name) instanceof Long l)) {
      throw new IllegalArgumentException(name + " is an integer");
    }
    return l;
  }

  public Optional<Long> optLong(String name) {
    return map.containsKey(name) ? Optional.of(longValue(name)) : Optional.empty();
  }

  public int intValue(String name) {
    long l = longValue(name);
    if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(name + " is out of range");
    }
    return (int) l;
  }

  public boolean bool(String name) {
    if (!(map.get(name) instanceof Boolean b)) {
      throw new IllegalArgumentException(name + " is a boolean");
    }
    return b;
  }

  /** An RFC 3339 UTC instant such as {@code 2026-11-26T04:10:19Z}. */
  public Instant instant(String name) {
    return Instant.parse(string(name));
  }

  /** An ISO 8601 calendar date such as {@code 2027-06-30}. */
  public LocalDate date(String name) {
    return LocalDate.parse(string(name));
  }

  /** The format version, which must be {@code expected}. */
  public JsonIn version(int expected) {
    if (longValue("v") != expected) {
      throw new IllegalArgumentException("format version " + expected + " expected");
    }
    return this;
  }

  public List<String> strings(String name, int maxItems) {
    return strings(name, maxItems, MAX_STRING);
  }

  /** A list of at most {@code maxItems} strings of at most {@code maxLength} characters each. */
  public List<String> strings(String name, int maxItems, int maxLength) {
    List<String> out = new ArrayList<>();
    for (Object item : list(name, maxItems)) {
      if (!(item instanceof String s) || s.length() > maxLength) {
        throw new IllegalArgumentException(name + " holds strings");
      }
      out.add(s);
    }
    return out;
  }

  public List<Object> list(String name, int maxItems) {
    if (!(map.get(name) instanceof List<?> list)) {
      throw missing(name);
    }
    if (list.size() > maxItems) {
      throw new IllegalArgumentException(name + " has at most " + maxItems + " items");
    }
    return List.copyOf(list);
  }

  public JsonIn object(String name) {
    return optObject(name).orElseThrow(() -> missing(name));
  }

  @SuppressWarnings("unchecked")
  public Optional<JsonIn> optObject(String name) {
    Object v = map.get(name);
    if (v == null) {
      return Optional.empty();
    }
    if (!(v instanceof Map<?, ?> m)) {
      throw new IllegalArgumentException(name + " is an object");
    }
    return Optional.of(new JsonIn((Map<String, Object>) m));
  }

  /** Reads a list item that must be an object. */
  @SuppressWarnings("unchecked")
  public static JsonIn item(Object item) {
    if (!(item instanceof Map<?, ?> m)) {
      throw new IllegalArgumentException("a list item is an object");
    }
    return new JsonIn((Map<String, Object>) m);
  }

  private static IllegalArgumentException missing(String name) {
    return new IllegalArgumentException("missing or mistyped member " + name);
  }
}
