package org.hearth.crypto.bc.mls;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The vector cases bcmls 1.84 is known to fail, read from {@code
 * vectors/mls/expected-failures.txt}. Each line is {@code kind index symptom -- reason}: the case
 * must fail with a message containing {@code symptom}; {@code #} starts a comment.
 */
final class ExpectedFailures {
  /** A known failure: the message fragment it must show and why it happens. */
  record Entry(String symptom, String reason) {}

  private ExpectedFailures() {}

  static Map<Integer, Entry> of(String kind) {
    Map<Integer, Entry> result = new TreeMap<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                ExpectedFailures.class.getResourceAsStream("/vectors/mls/expected-failures.txt"),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String[] parts = line.strip().split("\\s+", 3);
        if (parts.length == 3 && !parts[0].startsWith("#") && parts[0].equals(kind)) {
          String[] rest = parts[2].split(" -- ", 2);
          result.put(
              Integer.parseInt(parts[1]), new Entry(rest[0], rest.length > 1 ? rest[1] : ""));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return result;
  }
}
