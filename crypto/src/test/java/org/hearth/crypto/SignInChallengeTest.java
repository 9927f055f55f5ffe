package org.hearth.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignInChallengeTest {
  private static final String AUDIENCE = "https://hearth.example.org";
  private static final Instant NOW = Instant.parse("2026-11-26T04:00:00.750Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final String NONCE = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8";

  private final Ed25519KeyPair device = Ed25519KeyPair.generate();

  @Test
  void anIssuersOwnNonceIsKeptExactlyAndChecked() {
    byte[] nonce = new byte[32];
    nonce[31] = 7;
    Instant expiry = Instant.ofEpochSecond(1_795_000_000L);
    SignInChallenge c = SignInChallenge.of(AUDIENCE, nonce, expiry);
    assertArrayEquals(nonce, c.nonce());
    assertEquals(c, SignInChallenge.parse(c.encode()));
    assertThrows(
        IllegalArgumentException.class, () -> SignInChallenge.of(AUDIENCE, new byte[31], expiry));
    assertThrows(
        IllegalArgumentException.class,
        () -> SignInChallenge.of(AUDIENCE, nonce, expiry.plusMillis(500)));
    assertThrows(
        IllegalArgumentException.class, () -> SignInChallenge.of("has space", nonce, expiry));
  }

  @Test
  void issuedChallengeRoundTripsThroughItsTextForm() {
    SignInChallenge c = SignInChallenge.issue(AUDIENCE, CLOCK, Duration.ofMinutes(2));
    assertEquals(Instant.parse("2026-11-26T04:02:00Z"), c.expiresAt());
    assertEquals(SignInChallenge.NONCE_LENGTH, c.nonce().length);
    assertTrue(c.encode().startsWith("hearth-sign-in-v1."));
    SignInChallenge parsed = SignInChallenge.parse(c.encode());
    assertEquals(c, parsed);
    assertEquals(AUDIENCE, parsed.audience());
    assertArrayEquals(c.signingInput(), parsed.signingInput());
  }

  @Test
  void textFormIsTheDocumentedOne() {
    String text = "hearth-sign-in-v1.aHR0cHM6Ly9oZWFydGguZXhhbXBsZS5vcmc." + NONCE + ".1795665720";
    SignInChallenge c = SignInChallenge.parse(text);
    assertEquals(AUDIENCE, c.audience());
    assertEquals(Instant.ofEpochSecond(1795665720L), c.expiresAt());
    assertEquals(31, c.nonce()[31]);
    assertEquals(text, c.encode());
    assertArrayEquals(text.getBytes(StandardCharsets.US_ASCII), c.signingInput());
  }

  @Test
  void twoIssuedChallengesHaveDifferentNonces() {
    SignInChallenge a = SignInChallenge.issue(AUDIENCE, CLOCK, Duration.ofMinutes(1));
    SignInChallenge b = SignInChallenge.issue(AUDIENCE, CLOCK, Duration.ofMinutes(1));
    assertNotEquals(a, b);
  }

  @Test
  void verifiesAGoodAnswer() {
    SignInChallenge c = SignInChallenge.issue(AUDIENCE, CLOCK, Duration.ofMinutes(2));
    byte[] sig = device.sign(SignInChallenge.parse(c.encode()).signingInput());
    assertDoesNotThrow(() -> SignInChallenge.verify(c, device.publicKey(), sig, AUDIENCE, CLOCK));
  }

  @Test
  void refusesAnotherAudience() {
    SignInChallenge c = SignInChallenge.issue(AUDIENCE, CLOCK, Duration.ofMinutes(2));
    byte[] sig = device.sign(c.signingInput());
    VerificationException e =
        assertThrows(
            VerificationException.class,
            () ->
                SignInChallenge.verify(c, device.publicKey(), sig, "https://other.example", CLOCK));
    assertEquals(VerificationException.Reason.WRONG_AUDIENCE, e.reason());
  }

  @Test
  void refusesAnExpiredChallengeFromTheSecondOfExpiry() {
    SignInChallenge c = SignInChallenge.issue(AUDIENCE, CLOCK, Duration.ofSeconds(10));
    byte[] sig = device.sign(c.signingInput());
    Clock atExpiry = Clock.fixed(c.expiresAt(), ZoneOffset.UTC);
    assertFalse(c.isExpired(Clock.fixed(c.expiresAt().minusMillis(1), ZoneOffset.UTC)));
    assertTrue(c.isExpired(atExpiry));
    VerificationException e =
        assertThrows(
            VerificationException.class,
            () -> SignInChallenge.verify(c, device.publicKey(), sig, AUDIENCE, atExpiry));
    assertEquals(VerificationException.Reason.EXPIRED, e.reason());
  }

  @Test
  void refusesASignatureByAnotherKeyOrOverOtherBytes() {
    SignInChallenge c = SignInChallenge.issue(AUDIENCE, CLOCK, Duration.ofMinutes(2));
    Ed25519PublicKey other = Ed25519KeyPair.generate().publicKey();
    byte[] sig = device.sign(c.signingInput());
    assertEquals(
        VerificationException.Reason.BAD_SIGNATURE,
        assertThrows(
                VerificationException.class,
                () -> SignInChallenge.verify(c, other, sig, AUDIENCE, CLOCK))
            .reason());
    byte[] wrongInput = device.sign(c.encode().substring(18).getBytes(StandardCharsets.US_ASCII));
    assertThrows(
        VerificationException.class,
        () -> SignInChallenge.verify(c, device.publicKey(), wrongInput, AUDIENCE, CLOCK));
    assertThrows(
        VerificationException.class,
        () -> SignInChallenge.verify(c, device.publicKey(), new byte[63], AUDIENCE, CLOCK));
  }

  @Test
  void refusesAMalleatedSignature() {
    SignInChallenge c = SignInChallenge.issue(AUDIENCE, CLOCK, Duration.ofMinutes(2));
    byte[] sig = device.sign(c.signingInput());
    // S + L, with L the order of the base point (RFC 8032 section 5.1.7 requires S < L).
    int[] order = {
      0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde,
          0x14,
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10
    };
    int carry = 0;
    for (int i = 0; i < 32; i++) {
      int sum = (sig[32 + i] & 0xff) + order[i] + carry;
      sig[32 + i] = (byte) sum;
      carry = sum >>> 8;
    }
    assertEquals(0, carry, "S + L still fits 256 bits for a canonical S");
    VerificationException e =
        assertThrows(
            VerificationException.class,
            () -> SignInChallenge.verify(c, device.publicKey(), sig, AUDIENCE, CLOCK));
    assertEquals(VerificationException.Reason.BAD_SIGNATURE, e.reason());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "hearth-sign-in-v1",
        "hearth-sign-in-v2.YQ." + NONCE + ".1",
        "HEARTH-SIGN-IN-V1.YQ." + NONCE + ".1",
        "hearth-sign-in-v1.YQ." + NONCE + ".01",
        "hearth-sign-in-v1.YQ." + NONCE + ".-1",
        "hearth-sign-in-v1.YQ." + NONCE + ".+1",
        "hearth-sign-in-v1.YQ." + NONCE + ".1 ",
        " hearth-sign-in-v1.YQ." + NONCE + ".1",
        "hearth-sign-in-v1.YQ." + NONCE + ".1.",
        "hearth-sign-in-v1.YQ." + NONCE + ".1234567890123",
        "hearth-sign-in-v1.YQ==." + NONCE + ".1",
        "hearth-sign-in-v1.YR." + NONCE + ".1",
        "hearth-sign-in-v1.YQ.AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh9.1",
        "hearth-sign-in-v1.YQ.AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh.1",
        "hearth-sign-in-v1.YQ.AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh+.1",
        "hearth-sign-in-v1.." + NONCE + ".1",
        "hearth-sign-in-v1.IA." + NONCE + ".1",
        "hearth-sign-in-v1.w6k." + NONCE + ".1",
        "hearth-sign-in-v1.YQ." + NONCE + ".１",
      })
  void parseRefusesAnythingMalformed(String text) {
    assertThrows(IllegalArgumentException.class, () -> SignInChallenge.parse(text));
  }

  @Test
  void parseRefusesOversizeInputBeforeLookingAtIt() {
    String huge = "hearth-sign-in-v1." + "A".repeat(600);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SignInChallenge.parse(huge));
    assertTrue(e.getMessage().contains("512"));
  }

  @Test
  void issueRefusesBadAudienceOrLifetime() {
    assertThrows(
        IllegalArgumentException.class,
        () -> SignInChallenge.issue("has space", CLOCK, Duration.ofMinutes(1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> SignInChallenge.issue("a".repeat(257), CLOCK, Duration.ofMinutes(1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> SignInChallenge.issue(AUDIENCE, CLOCK, Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class,
        () -> SignInChallenge.issue(AUDIENCE, CLOCK, Duration.ofHours(1)));
  }

  @Test
  void longestAudienceStillFitsTheBound() {
    SignInChallenge c = SignInChallenge.issue("a".repeat(256), CLOCK, Duration.ofMinutes(1));
    assertTrue(c.encode().length() <= SignInChallenge.MAX_ENCODED_LENGTH);
    assertEquals(c, SignInChallenge.parse(c.encode()));
  }
}
