package org.hearth.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class KeyThumbprintTest {
  @Test
  void acceptsTheCanonicalEncodingOfA32ByteDigest() {
    String value = "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k";
    assertEquals(value, new KeyThumbprint(value).value());
  }

  @Test
  void refusesOtherLengthsAlphabetsAndNonZeroTrailingBits() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new KeyThumbprint("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4l"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new KeyThumbprint("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new KeyThumbprint("kPrK/qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new KeyThumbprint("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k="));
  }
}
