package org.hearth.federation.protocol;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.hearth.federation.FederationException;
import org.hearth.federation.FederationException.Reason;

/**
 * JSON in and out. Output is canonical: members sorted by name, no white space, integers only,
 * minimal string escaping, UTF-8 - the RFC 8785 (JCS) form for the values Hearth uses, so the same
 * value always signs to the same bytes. Input is parsed by Nimbus's bundled parser with a size
 * bound; what is signed is verified over the bytes received, never over a re-serialization.
 *
 * <p>Stateless and thread-safe.
 */
public final class Json {
  private Json() {}

  /**
   * The canonical UTF-8 bytes of {@code object} (values: String, Long/Integer, Boolean, List, Map).
   */
  public static byte[] canonical(Map<String, ?> object) {
    StringBuilder out = new StringBuilder(256);
    write(out, object);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Parses a JSON object of at most {@code maxChars} characters; duplicate member names are
   * refused.
   *
   * @throws FederationException {@code TOO_LARGE} or {@code MALFORMED}
   */
  public static Map<String, Object> parse(String text, int maxChars) throws FederationException {
    if (text.length() > maxChars) {
      throw new FederationException(Reason.TOO_LARGE, "JSON over " + maxChars + " characters");
    }
    if (!text.strip().startsWith("{")) {
      throw new FederationException(Reason.MALFORMED, "not a JSON object");
    }
    try {
      Map<String, Object> map = JSONObjectUtils.parse(text, maxChars);
      if (map == null) {
        throw new FederationException(Reason.MALFORMED, "not a JSON object");
      }
      return map;
    } catch (ParseException | RuntimeException e) {
      throw new FederationException(Reason.MALFORMED, "not a JSON object");
    }
  }

  /**
   * Parses signed payload bytes and reads them with {@code reader}; a broken field rule becomes
   * {@code MALFORMED}.
   */
  public static <T> T read(byte[] payload, int maxChars, Function<JsonIn, T> reader)
      throws FederationException {
    return read(parse(new String(payload, StandardCharsets.UTF_8), maxChars), reader);
  }

  /**
   * Reads an already-parsed object with {@code reader}, as {@link #read(byte[], int, Function)}.
   */
  public static <T> T read(Map<String, Object> parsed, Function<JsonIn, T> reader)
      throws FederationException {
    try {
      return reader.apply(new JsonIn(parsed));
    } catch (IllegalArgumentException | ClassCastException | java.time.DateTimeException e) {
      throw new FederationException(Reason.MALFORMED, e.getMessage(), e);
    }
  }

  private static void write(StringBuilder out, Object value) {
    if (value instanceof String s) {
      writeString(out, s);
    } else if (value instanceof Long || value instanceof Integer) {
      out.append(value);
    } else if (value instanceof Boolean b) {
      out.append(b);
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(out, list.get(i));
      }
      out.append(']');
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : new TreeMap<>(map).entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        writeString(out, (String) e.getKey());
        out.append(':');
        write(out, e.getValue());
      }
      out.append('}');
    } else {
      throw new IllegalArgumentException("no canonical JSON for " + value);
    }
  }

  private static void writeString(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
