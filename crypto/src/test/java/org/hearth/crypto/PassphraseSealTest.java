package org.hearth.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.hearth.crypto.bc.BcArgon2id;
import org.junit.jupiter.api.Test;

class PassphraseSealTest {
  private static final PassphraseSeal.Cost FAST = new PassphraseSeal.Cost(1024, 1, 1);
  private static final byte[] SECRET = "an Ed25519 seed, say".getBytes(StandardCharsets.UTF_8);
  private static final int COST_OFFSET = 10;

  private final PassphraseSeal seal = new PassphraseSeal(FAST);

  @Test
  void sealedDataOpensWithThePassphrase() throws Exception {
    byte[] sealed = seal.seal(SECRET, "correct horse battery".toCharArray());
    assertEquals(8 + 2 + 4 + 2 + 16 + 12 + SECRET.length + 16, sealed.length);
    assertArrayEquals(SECRET, PassphraseSeal.open(sealed, "correct horse battery".toCharArray()));
    assertFalse(Arrays.equals(sealed, seal.seal(SECRET, "correct horse battery".toCharArray())));
  }

  @Test
  void nonAsciiPassphrasesWork() throws Exception {
    char[] passphrase = "Grüße, 鍵 🔑".toCharArray();
    assertArrayEquals(SECRET, PassphraseSeal.open(seal.seal(SECRET, passphrase), passphrase));
  }

  @Test
  void wrongPassphraseIsAClearError() {
    byte[] sealed = seal.seal(SECRET, "one".toCharArray());
    WrongPassphraseException e =
        assertThrows(
            WrongPassphraseException.class, () -> PassphraseSeal.open(sealed, "two".toCharArray()));
    assertEquals("wrong passphrase, or the sealed data was altered", e.getMessage());
  }

  @Test
  void everyAlteredByteIsDetected() {
    byte[] sealed = seal.seal(SECRET, "p".toCharArray());
    for (int i = 0; i < sealed.length; i++) {
      if (i >= COST_OFFSET && i < COST_OFFSET + 6) {
        continue; // costs: covered below, since an altered cost may also fail the bounds check
      }
      byte[] altered = sealed.clone();
      altered[i] ^= 0x01;
      assertThrows(Exception.class, () -> PassphraseSeal.open(altered, "p".toCharArray()));
    }
    byte[] moreIterations = sealed.clone();
    moreIterations[COST_OFFSET + 4] = 2;
    assertThrows(
        WrongPassphraseException.class,
        () -> PassphraseSeal.open(moreIterations, "p".toCharArray()));
  }

  @Test
  void refusesAbsurdCostsBeforeDerivingAnything() {
    byte[] sealed = seal.seal(SECRET, "p".toCharArray());
    byte[] hugeMemory = sealed.clone();
    ByteBuffer.wrap(hugeMemory).putInt(COST_OFFSET, Integer.MAX_VALUE);
    assertThrows(
        IllegalArgumentException.class, () -> PassphraseSeal.open(hugeMemory, "p".toCharArray()));
    byte[] manyIterations = sealed.clone();
    manyIterations[COST_OFFSET + 4] = (byte) 200;
    assertThrows(
        IllegalArgumentException.class,
        () -> PassphraseSeal.open(manyIterations, "p".toCharArray()));
    byte[] noLanes = sealed.clone();
    noLanes[COST_OFFSET + 5] = 0;
    assertThrows(
        IllegalArgumentException.class, () -> PassphraseSeal.open(noLanes, "p".toCharArray()));
  }

  @Test
  void refusesOtherFormatsAndVersions() {
    byte[] sealed = seal.seal(SECRET, "p".toCharArray());
    byte[] version2 = sealed.clone();
    version2[8] = 2;
    assertThrows(
        IllegalArgumentException.class, () -> PassphraseSeal.open(version2, "p".toCharArray()));
    assertThrows(
        IllegalArgumentException.class,
        () -> PassphraseSeal.open(Arrays.copyOf(sealed, 40), "p".toCharArray()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            PassphraseSeal.open(
                "not sealed at all, really".getBytes(StandardCharsets.US_ASCII),
                "p".toCharArray()));
  }

  @Test
  void costsAreBoundedWhenSealingToo() {
    assertThrows(IllegalArgumentException.class, () -> new PassphraseSeal.Cost(1 << 30, 3, 4));
    assertThrows(IllegalArgumentException.class, () -> new PassphraseSeal.Cost(65536, 0, 4));
  }

  @Test
  void argon2idMatchesTheReferenceImplementation() {
    // P-H-C/phc-winner-argon2 src/test.c: Argon2id v1.3, t=2, m=2^16 KiB, p=1.
    byte[] out =
        BcArgon2id.derive(
            "password".getBytes(StandardCharsets.US_ASCII),
            "somesalt".getBytes(StandardCharsets.US_ASCII),
            65536,
            2,
            1,
            32);
    assertEquals(
        "09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7",
        HexFormat.of().formatHex(out));
  }
}
