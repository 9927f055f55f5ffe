package org.hearth.federation.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hearth.federation.FederationException;
import org.hearth.federation.FederationException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {
  @Test
  void canonicalFormSortsMembersAndHasNoWhiteSpace() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("z", 1);
    m.put("a", List.of("x", true, 2L));
    m.put("m", Map.of("b", "q\"\\\n\u0001é", "a", false));
    String out = new String(Json.canonical(m), StandardCharsets.UTF_8);
    assertEquals(
        "{\"a\":[\"x\",true,2],\"m\":{\"a\":false,\"b\":\"q\\\"\\\\\\n\\u0001é\"},\"z\":1}", out);
  }

  @Test
  void sameValueSameBytesWhateverTheInsertionOrder() {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("x", 1);
    a.put("y", "two");
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("y", "two");
    b.put("x", 1);
    assertArrayEquals(Json.canonical(a), Json.canonical(b));
  }

  @Test
  void canonicalOutputParsesBack() throws FederationException {
    Map<String, Object> m = Map.of("k", "v", "n", 42L, "l", List.of("a"));
    String text = new String(Json.canonical(m), StandardCharsets.UTF_8);
    assertEquals(m, Json.parse(text, 1000));
  }

  @Test
  void valuesWithoutCanonicalFormAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Json.canonical(Map.of("d", 1.5)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "[]", "{", "{\"a\":}", "null", "\"s\"", "{\"a\":1}}", "{\"a\":1,\"a\":2}"})
  void nonObjectsAreMalformed(String text) {
    FederationException e = assertThrows(FederationException.class, () -> Json.parse(text, 100));
    assertEquals(Reason.MALFORMED, e.reason());
  }

  @Test
  void oversizeTextIsTooLarge() {
    FederationException e =
        assertThrows(
            FederationException.class, () -> Json.parse("{\"a\":\"" + "x".repeat(100) + "\"}", 50));
    assertEquals(Reason.TOO_LARGE, e.reason());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"v\":1,\"unknown\":1}",
        "{\"v\":\"1\"}",
        "{\"v\":2}",
      })
  void strictReadersRefuseUnknownMembersAndWrongTypes(String text) {
    FederationException e =
        assertThrows(
            FederationException.class,
            () ->
                Json.read(
                    text.getBytes(StandardCharsets.UTF_8),
                    1000,
                    in -> in.only(java.util.Set.of("v")).version(1)));
    assertEquals(Reason.MALFORMED, e.reason());
  }
}
