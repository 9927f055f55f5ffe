package org.hearth.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FingerprintTest {
  @Test
  void encodesTheFirst120BitsOfTheThumbprintInCrockfordBase32() {
    // Thumbprint bytes 00 01 02 ... 1f; 120 bits = bytes 00..0e, read five bits at a time.
    KeyThumbprint t = new KeyThumbprint("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8");
    assertEquals("000G-40R4-0M30-E209-185G-R38E", Fingerprint.of(t).value());
  }

  @Test
  void rfc8037KeyHasAStableFingerprint() {
    KeyThumbprint t = new KeyThumbprint("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k");
    Fingerprint f = Fingerprint.of(t);
    assertTrue(f.value().matches("([0-9A-Z]{4}-){5}[0-9A-Z]{4}"), f.value());
    assertTrue(f.value().chars().noneMatch(c -> c == 'I' || c == 'L' || c == 'O' || c == 'U'));
    assertEquals(f, Fingerprint.of(t));
  }

  @Test
  void differentKeysGiveDifferentFingerprints() {
    assertNotEquals(
        Fingerprint.of(Ed25519KeyPair.generate().publicKey()),
        Fingerprint.of(Ed25519KeyPair.generate().publicKey()));
  }

  @Test
  void parseReadsWhatPeopleType() {
    Fingerprint f = new Fingerprint("000G-40R4-0M30-E209-185G-R38E");
    assertEquals(f, Fingerprint.parse("oooG 4oR4 om3o e2o9 i85g r38e"));
    assertEquals(f, Fingerprint.parse("000g40r40m30e209185gr38e"));
    assertEquals(f, Fingerprint.parse("000G-40R4-0M30-E2O9-L85G-R38E"));
  }

  @Test
  void parseRefusesWrongLengthOrCharacters() {
    assertThrows(IllegalArgumentException.class, () -> Fingerprint.parse("000G-40R4"));
    assertThrows(
        IllegalArgumentException.class, () -> Fingerprint.parse("000G-40R4-0M30-E209-185G-R38U"));
    assertThrows(
        IllegalArgumentException.class, () -> Fingerprint.parse("000G-40R4-0M30-E209-185G-R38E0"));
    assertThrows(
        IllegalArgumentException.class, () -> new Fingerprint("000g-40r4-0m30-e209-185g-r38e"));
  }
}
