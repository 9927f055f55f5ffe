package org.hearth.protocol.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Java implementation against content-vectors.json, which the browser's also passes. */
class ContentVectorsTest {
  static List<ContentVectors.Valid> valid() {
    return ContentVectors.valid();
  }

  static List<ContentVectors.InvalidEncoding> invalidEncodings() {
    return ContentVectors.invalidEncodings();
  }

  static List<ContentVectors.InvalidContent> invalidContents() {
    return ContentVectors.invalidContents();
  }

  @Test
  void theFileHasVectorsOfEveryKind() {
    assertFalse(valid().isEmpty());
    assertFalse(invalidEncodings().isEmpty());
    assertFalse(invalidContents().isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void encodesToTheVectorsBytes(ContentVectors.Valid vector) {
    HexFormat hex = HexFormat.of();
    assertEquals(
        hex.formatHex(vector.bytes()), hex.formatHex(ContentCodec.encode(vector.content())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void decodesToTheVectorsContent(ContentVectors.Valid vector) {
    assertEquals(vector.content(), ContentCodec.decode(vector.bytes()));
    assertArrayEquals(vector.bytes(), ContentCodec.encode(ContentCodec.decode(vector.bytes())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidEncodings")
  void refusesInvalidEncodings(ContentVectors.InvalidEncoding vector) {
    assertRefused(vector.error(), () -> ContentCodec.decode(vector.bytes()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidContents")
  void refusesInvalidContents(ContentVectors.InvalidContent vector) {
    assertRefused(vector.error(), () -> ContentVectors.content(vector.content()));
  }

  private static void assertRefused(String error, Executable refused) {
    ContentFormatException e = assertThrows(ContentFormatException.class, refused);
    assertTrue(
        e.getMessage().contains(error),
        () -> "expected \"" + error + "\", got \"" + e.getMessage() + "\"");
  }
}
