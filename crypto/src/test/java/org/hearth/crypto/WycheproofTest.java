package org.hearth.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hearth.crypto.jose.WycheproofJose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every Wycheproof file in {@code src/test/resources/vectors/wycheproof}: {@code valid} cases
 * must be accepted (with the expected output), {@code invalid} ones rejected, {@code acceptable}
 * ones handled as the per-flag policy of the handler says, and a valid case may be rejected only if
 * the handler names it with a reason. Per-file counts are printed and checked.
 */
class WycheproofTest {
  private static final String FOLDER = "/vectors/wycheproof";

  /** How one file's cases are run. */
  interface Handler {
    /** Whether the implementation under test accepts the case (and, if so, gives its output). */
    boolean accepts(Map<String, Object> group, Map<String, Object> test) throws Exception;

    /**
     * For an {@code acceptable} case, whether policy says to accept it, decided from its flags;
     * fails for a flag without a stated policy.
     */
    default boolean acceptableShouldPass(List<String> flags) {
      throw new AssertionError("no policy for acceptable cases with flags " + flags);
    }

    /** Valid cases deliberately rejected, with the reason; none by default. */
    default Map<Integer, String> deliberatelyRejected() {
      return Map.of();
    }

    /**
     * Invalid cases that cannot be rejected, with the reason (a defect in the file); none by
     * default.
     */
    default Map<Integer, String> contradictory() {
      return Map.of();
    }
  }

  /** JWS cases, each verified with its group's key; the key pins the algorithm. */
  private static final Handler JWS =
      new Handler() {
        @Override
        @SuppressWarnings("unchecked")
        public boolean accepts(Map<String, Object> group, Map<String, Object> test) {
          return WycheproofJose.verifyWithKey(
              (Map<String, Object>) group.get("private"), (String) test.get("jws"));
        }

        @Override
        public Map<Integer, String> deliberatelyRejected() {
          return WycheproofJose.JWS_DELIBERATE;
        }

        @Override
        public Map<Integer, String> contradictory() {
          return WycheproofJose.JWS_CONTRADICTORY;
        }
      };

  /** Key-set cases: the set is checked, then the JWS's kid selects the key. */
  private static final Handler JWK_SET =
      new Handler() {
        @Override
        @SuppressWarnings("unchecked")
        public boolean accepts(Map<String, Object> group, Map<String, Object> test) {
          return WycheproofJose.verifyWithKeySet(
              (Map<String, Object>) group.get("private"), (String) test.get("jws"));
        }

        @Override
        public Map<Integer, String> deliberatelyRejected() {
          return WycheproofJose.JWK_DELIBERATE;
        }
      };

  static Stream<Path> files() throws IOException, URISyntaxException {
    Path folder = Path.of(WycheproofTest.class.getResource(FOLDER).toURI());
    try (Stream<Path> listing = Files.list(folder)) {
      return listing.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  static Handler handlerFor(Map<String, Object> file) {
    String schema = (String) file.get("schema");
    String algorithm = (String) file.getOrDefault("algorithm", "");
    return switch (schema) {
      case "eddsa_verify_schema_v1.json" -> WycheproofPrimitives.ED25519;
      case "xdh_comp_schema_v1.json" -> WycheproofPrimitives.X25519;
      case "aead_test_schema_v1.json" -> WycheproofPrimitives.aead(algorithm);
      case "hkdf_test_schema_v1.json" -> WycheproofPrimitives.HKDF_SHA256;
      case "mac_test_schema_v1.json" -> WycheproofPrimitives.mac(algorithm);
      case "ecdsa_p1363_verify_schema_v1.json" -> WycheproofPrimitives.ECDSA_P1363;
      case "json_web_signature_schema_v1.json" -> JWS;
      case "json_web_key_schema_v1.json" -> JWK_SET;
      default -> throw new AssertionError("no handler for schema " + schema);
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  @SuppressWarnings("unchecked")
  void everyCaseBehavesAsTheFileSays(Path file) throws Exception {
    Map<String, Object> json =
        JSONObjectUtils.parse(Files.readString(file, StandardCharsets.UTF_8));
    Handler handler = handlerFor(json);
    int valid = 0;
    int validPassed = 0;
    int invalid = 0;
    int invalidRejected = 0;
    int acceptable = 0;
    int acceptableAccepted = 0;
    int deliberate = 0;
    int contradictory = 0;
    List<String> failures = new ArrayList<>();
    for (Object g : (List<Object>) json.get("testGroups")) {
      Map<String, Object> group = (Map<String, Object>) g;
      for (Object t : (List<Object>) group.get("tests")) {
        Map<String, Object> test = (Map<String, Object>) t;
        int id = ((Number) test.get("tcId")).intValue();
        String result = (String) test.get("result");
        List<String> flags = (List<String>) (List<?>) test.getOrDefault("flags", List.of());
        boolean accepted = handler.accepts(group, test);
        switch (result) {
          case "valid" -> {
            valid++;
            if (accepted) {
              validPassed++;
            } else if (handler.deliberatelyRejected().containsKey(id)) {
              deliberate++;
            } else {
              failures.add("valid tcId " + id + " rejected: " + test.get("comment"));
            }
          }
          case "invalid" -> {
            invalid++;
            if (accepted && handler.contradictory().containsKey(id)) {
              contradictory++;
            } else if (accepted) {
              failures.add(
                  "invalid tcId " + id + " accepted: " + test.get("comment") + " " + flags);
            } else {
              invalidRejected++;
            }
          }
          case "acceptable" -> {
            acceptable++;
            boolean policy = handler.acceptableShouldPass(flags);
            if (policy != accepted) {
              failures.add("acceptable tcId " + id + " " + flags + ": policy " + policy);
            } else if (accepted) {
              acceptableAccepted++;
            }
          }
          default -> fail("unknown result " + result);
        }
      }
    }
    System.out.printf(
        "Wycheproof %s: valid passed %d/%d (deliberately rejected %d), invalid rejected %d/%d"
            + " (contradictory in the file %d), acceptable handled %d (accepted %d, rejected %d)%n",
        file.getFileName(),
        validPassed,
        valid,
        deliberate,
        invalidRejected,
        invalid,
        contradictory,
        acceptable,
        acceptableAccepted,
        acceptable - acceptableAccepted);
    assertEquals(List.of(), failures, file.getFileName() + ": cases that disagree");
    assertEquals(((Number) json.get("numberOfTests")).intValue(), valid + invalid + acceptable);
    assertEquals(handler.deliberatelyRejected().size(), deliberate, "stale deliberate rejections");
    assertEquals(handler.contradictory().size(), contradictory, "stale contradictory cases");
    assertTrue(valid + invalid + acceptable > 0);
  }
}
