package org.hearth.crypto.jose;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hearth.crypto.VerificationException;

/**
 * Fuzzes {@link SessionTokens#verify}: any input either verifies into a complete session or is
 * refused with {@link VerificationException}; nothing else may escape, and nothing may hang.
 */
class SessionTokensFuzzTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-26T04:00:00Z"), ZoneOffset.UTC);
  private static final SessionTokens TOKENS =
      new SessionTokens(
          JoseFuzzTargets.SECRET, "https://hearth.example", CLOCK, Duration.ofHours(1));

  /** Claims in the expected shape with fuzzed values, so every claim check gets exercised. */
  private static String claims(FuzzedDataProvider data) {
    String instance = data.consumeBoolean() ? "https://hearth.example" : data.consumeString(40);
    String sub =
        data.consumeBoolean()
            ? "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"
            : data.consumeString(60);
    long now = 1795665600L;
    return "{\"iss\":\""
        + instance
        + "\",\"aud\":"
        + (data.consumeBoolean() ? "\"" + instance + "\"" : data.consumeString(60))
        + ",\"sub\":\""
        + sub
        + "\",\"iat\":"
        + (now + data.consumeLong(-100_000, 100_000))
        + ",\"nbf\":"
        + (now + data.consumeLong(-100_000, 100_000))
        + ",\"exp\":"
        + (data.consumeBoolean()
            ? now + data.consumeLong(-100_000, 100_000)
            : data.consumeString(20))
        + ",\"jti\":\""
        + data.consumeString(30)
        + "\""
        + (data.consumeBoolean() ? "," + data.consumeRemainingAsString() : "")
        + "}";
  }

  @FuzzTest(maxDuration = "20s")
  void verifyRefusesOrYieldsASession(FuzzedDataProvider data) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(JoseFuzzTargets.SECRET, "HmacSHA256"));
    String token =
        JoseFuzzTargets.input(
            data,
            mac::doFinal,
            "{\"alg\":\"HS256\",\"typ\":\"hearth-session+jwt\"}",
            SessionTokensFuzzTest::claims);
    try {
      SessionToken session = TOKENS.verify(token);
      assertNotNull(session.subject());
      assertNotNull(session.jti());
    } catch (VerificationException refused) {
      assertNotNull(refused.reason());
    }
  }
}
