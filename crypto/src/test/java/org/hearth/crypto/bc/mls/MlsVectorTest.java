package org.hearth.crypto.bc.mls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every official MLS test vector file in {@code vectors/mls/} (mlswg/mls-implementations),
 * each case of each file. The kind of a file is its name; a case fails only as listed in {@code
 * expected-failures.txt} (a known bcmls 1.84 gap, with its reason), and a listed case that passes
 * fails the test too, so the list stays exact. Per-file counts go to {@code
 * target/mls-vectors.txt}.
 */
class MlsVectorTest {
  private static final Map<String, VectorKind> KINDS =
      Map.ofEntries(
          Map.entry("crypto-basics", CryptoVectors::cryptoBasics),
          Map.entry("tree-math", CryptoVectors::treeMath),
          Map.entry("key-schedule", CryptoVectors::keySchedule),
          Map.entry("secret-tree", CryptoVectors::secretTree),
          Map.entry("psk_secret", CryptoVectors::pskSecret),
          Map.entry("transcript-hashes", CryptoVectors::transcriptHashes),
          Map.entry("deserialization", CryptoVectors::deserialization),
          Map.entry("messages", MessageVectors::messages),
          Map.entry("welcome", MessageVectors::welcome),
          Map.entry("message-protection", MessageVectors::messageProtection),
          Map.entry("tree-validation", TreeVectors::treeValidation),
          Map.entry("tree-operations", TreeVectors::treeOperations),
          Map.entry("treekem", TreeVectors::treeKem),
          Map.entry("passive-client-welcome", PassiveClientVectors::passiveClient),
          Map.entry("passive-client-handling-commit", PassiveClientVectors::passiveClient),
          Map.entry("passive-client-random", PassiveClientVectors::passiveClient));

  private static final Map<String, String> REPORT = new TreeMap<>();

  static Stream<Path> files() throws IOException, URISyntaxException {
    Path dir = Paths.get(MlsVectorTest.class.getResource("/vectors/mls").toURI());
    try (Stream<Path> listing = Files.list(dir)) {
      List<Path> files = new ArrayList<>();
      listing.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
      return files.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void everyCaseOfTheFilePassesOrIsAKnownBcmlsGap(Path file) throws IOException {
    String kind = file.getFileName().toString().replaceFirst("\\.json$", "");
    VectorKind checker = KINDS.get(kind);
    assertNotNull(checker, "no checker for vector file " + kind);
    JsonArray cases;
    try (InputStream in = Files.newInputStream(file);
        JsonReader reader = Json.createReader(in)) {
      cases = reader.readArray();
    }
    Map<Integer, String> failures = new TreeMap<>();
    long start = System.nanoTime();
    for (int i = 0; i < cases.size(); i++) {
      try {
        checker.check(cases.getJsonObject(i));
      } catch (Exception | AssertionError e) {
        failures.put(i, e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    Map<Integer, ExpectedFailures.Entry> expected = ExpectedFailures.of(kind);
    REPORT.put(
        kind,
        String.format(
            "%-32s %4d / %4d pass, %3d known bcmls failures, %6d ms",
            kind, cases.size() - failures.size(), cases.size(), expected.size(), millis));
    assertEquals(
        expected.keySet(),
        failures.keySet(),
        () -> "unexpected outcome in " + kind + ": failures " + failures);
    expected.forEach(
        (index, entry) ->
            assertTrue(
                failures.get(index).contains(entry.symptom()),
                () -> kind + " #" + index + " failed otherwise: " + failures.get(index)));
  }

  @AfterAll
  static void writeReport() throws IOException {
    Path out = Paths.get("target", "mls-vectors.txt");
    Files.createDirectories(out.getParent());
    List<String> lines = new ArrayList<>(REPORT.values());
    lines.add(
        "public group view: followed and finalised "
            + PassiveClientVectors.FOLLOWED.get()
            + " passive-client commits; stopped following "
            + PassiveClientVectors.STOPPED.get()
            + " groups at a PrivateMessage handshake or an external sender");
    Files.write(out, lines);
  }
}
