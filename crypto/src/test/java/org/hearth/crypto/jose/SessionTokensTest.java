package org.hearth.crypto.jose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.crypto.VerificationException;
import org.hearth.crypto.VerificationException.Reason;
import org.junit.jupiter.api.Test;

class SessionTokensTest {
  private static final String INSTANCE = "https://hearth.example.org";
  private static final Instant NOW = Instant.parse("2026-11-26T04:00:00Z");
  private static final byte[] SECRET =
      "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private static final KeyThumbprint MEMBER = Ed25519KeyPair.generate().publicKey().thumbprint();

  private final MutableClock clock = new MutableClock(NOW);
  private final SessionTokens tokens =
      new SessionTokens(SECRET, INSTANCE, clock, Duration.ofMinutes(15));

  @Test
  void issuedTokenVerifies() throws Exception {
    SessionToken issued = tokens.issue(MEMBER);
    SessionToken verified = tokens.verify(issued.token());
    assertEquals(MEMBER, verified.subject());
    assertEquals(issued.jti(), verified.jti());
    assertEquals(NOW, verified.issuedAt());
    assertEquals(NOW.plus(Duration.ofMinutes(15)), verified.expiresAt());
    assertEquals(22, verified.jti().length());
  }

  @Test
  void expiresExactlyAtExp() throws Exception {
    String token = tokens.issue(MEMBER).token();
    clock.now = NOW.plus(Duration.ofMinutes(15)).minusMillis(1);
    tokens.verify(token);
    clock.now = NOW.plus(Duration.ofMinutes(15));
    assertReason(Reason.EXPIRED, token);
  }

  @Test
  void refusesTokensFromTheFutureBeyondTheSkew() throws Exception {
    clock.now = NOW.plusSeconds(31);
    String token = tokens.issue(MEMBER).token();
    clock.now = NOW;
    assertReason(Reason.NOT_YET_VALID, token);
    clock.now = NOW.plusSeconds(1);
    tokens.verify(token);
  }

  @Test
  void refusesAnotherInstancesToken() {
    SessionTokens other =
        new SessionTokens(SECRET, "https://other.example", clock, Duration.ofMinutes(5));
    assertReason(Reason.WRONG_AUDIENCE, other.issue(MEMBER).token());
  }

  @Test
  void refusesAnotherSecret() {
    byte[] secret = SECRET.clone();
    secret[0] ^= 1;
    SessionTokens forged = new SessionTokens(secret, INSTANCE, clock, Duration.ofMinutes(5));
    assertReason(Reason.BAD_SIGNATURE, forged.issue(MEMBER).token());
  }

  @Test
  void refusesAlgNone() {
    String plain = new PlainJWT(claims().build()).serialize();
    assertReason(Reason.MALFORMED, plain);
    String[] parts = tokens.issue(MEMBER).token().split("\\.");
    String noneHeader =
        Base64URL.encode("{\"alg\":\"none\",\"typ\":\"hearth-session+jwt\"}").toString();
    assertReason(Reason.MALFORMED, noneHeader + "." + parts[1] + "." + parts[2]);
  }

  @Test
  void refusesAlgorithmConfusion() throws Exception {
    String hs512 =
        sign(
            new JWSHeader.Builder(JWSAlgorithm.HS512).type(type()).build(),
            claims().build(),
            new byte[64]);
    assertReason(Reason.UNSUPPORTED, hs512);
    String[] parts = tokens.issue(MEMBER).token().split("\\.");
    String edHeader =
        Base64URL.encode("{\"alg\":\"EdDSA\",\"typ\":\"hearth-session+jwt\"}").toString();
    assertReason(Reason.UNSUPPORTED, edHeader + "." + parts[1] + "." + parts[2]);
  }

  @Test
  void refusesCriticalAndUnknownHeaders() throws Exception {
    JWSHeader crit =
        new JWSHeader.Builder(JWSAlgorithm.HS256)
            .type(type())
            .customParam("exp-hearth", 1)
            .criticalParams(java.util.Set.of("exp-hearth"))
            .build();
    assertReason(Reason.UNSUPPORTED, sign(crit, claims().build(), SECRET));
    JWSHeader kid = new JWSHeader.Builder(JWSAlgorithm.HS256).type(type()).keyID("k").build();
    assertReason(Reason.UNSUPPORTED, sign(kid, claims().build(), SECRET));
    JWSHeader untyped = new JWSHeader.Builder(JWSAlgorithm.HS256).build();
    assertReason(Reason.UNSUPPORTED, sign(untyped, claims().build(), SECRET));
  }

  @Test
  void refusesBadClaims() throws Exception {
    JWSHeader h = new JWSHeader.Builder(JWSAlgorithm.HS256).type(type()).build();
    assertReason(Reason.MALFORMED, sign(h, claims().claim("role", "admin").build(), SECRET));
    assertReason(Reason.MALFORMED, sign(h, claims().subject("alice").build(), SECRET));
    assertReason(Reason.MALFORMED, sign(h, claims().jwtID(null).build(), SECRET));
    assertReason(
        Reason.WRONG_AUDIENCE,
        sign(h, claims().audience(List.of(INSTANCE, "https://x.example")).build(), SECRET));
    assertReason(
        Reason.MALFORMED,
        sign(h, claims().expirationTime(Date.from(NOW.plus(Duration.ofDays(2)))).build(), SECRET));
    JWSObject notJson = new JWSObject(h, new Payload("[1,2]"));
    notJson.sign(new MACSigner(SECRET));
    assertReason(Reason.MALFORMED, notJson.serialize());
  }

  @Test
  void refusesOversizeAndMangledTokens() {
    String token = tokens.issue(MEMBER).token();
    assertReason(Reason.MALFORMED, token + "A".repeat(SessionTokens.MAX_TOKEN_LENGTH));
    assertReason(Reason.MALFORMED, token + ".");
    assertReason(Reason.MALFORMED, token.replace('.', ' '));
    assertReason(Reason.MALFORMED, "");
    char[] chars = token.toCharArray();
    chars[chars.length - 1] = chars[chars.length - 1] == 'A' ? 'B' : 'A';
    VerificationException e =
        assertThrows(VerificationException.class, () -> tokens.verify(new String(chars)));
    assertTrue(e.reason() == Reason.BAD_SIGNATURE || e.reason() == Reason.MALFORMED);
  }

  @Test
  void refusesShortSecretsAndLongLifetimes() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new SessionTokens(Arrays.copyOf(SECRET, 31), INSTANCE, clock, Duration.ofMinutes(5)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SessionTokens(SECRET, INSTANCE, clock, Duration.ofDays(2)));
  }

  private static JOSEObjectType type() {
    return new JOSEObjectType(SessionTokens.TYPE);
  }

  private static JWTClaimsSet.Builder claims() {
    return new JWTClaimsSet.Builder()
        .issuer(INSTANCE)
        .audience(INSTANCE)
        .subject(MEMBER.value())
        .issueTime(Date.from(NOW))
        .notBeforeTime(Date.from(NOW))
        .expirationTime(Date.from(NOW.plusSeconds(60)))
        .jwtID("AAAAAAAAAAAAAAAAAAAAAA");
  }

  private static String sign(JWSHeader header, JWTClaimsSet claims, byte[] secret)
      throws Exception {
    SignedJWT jwt = new SignedJWT(header, claims);
    jwt.sign(new MACSigner(secret));
    return jwt.serialize();
  }

  private void assertReason(Reason reason, String token) {
    VerificationException e = assertThrows(VerificationException.class, () -> tokens.verify(token));
    assertEquals(reason, e.reason(), e.getMessage());
  }

  /** A clock tests move by hand. */
  static final class MutableClock extends Clock {
    Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
