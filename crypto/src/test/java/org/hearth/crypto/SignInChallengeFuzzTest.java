package org.hearth.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Fuzzes {@link SignInChallenge#parse}: any text either is refused with {@link
 * IllegalArgumentException} or is a canonical challenge whose encoding gives the text back.
 */
class SignInChallengeFuzzTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-26T04:00:00Z"), ZoneOffset.UTC);

  /** A real challenge with a few fuzzer-chosen character edits, to get past the outer syntax. */
  private static String editedChallenge(FuzzedDataProvider data) {
    String audience =
        data.consumeBoolean() ? "https://hearth.example" : data.consumeAsciiString(300);
    StringBuilder text;
    try {
      text =
          new StringBuilder(SignInChallenge.issue(audience, CLOCK, Duration.ofMinutes(5)).encode());
    } catch (IllegalArgumentException refused) {
      text =
          new StringBuilder("hearth-sign-in-v1.YQ.AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8.1");
    }
    int edits = data.consumeInt(0, 4);
    for (int i = 0; i < edits && text.length() > 0; i++) {
      int at = data.consumeInt(0, text.length() - 1);
      switch (data.consumeInt(0, 2)) {
        case 0 -> text.setCharAt(at, data.consumeChar());
        case 1 -> text.insert(at, data.consumeChar());
        default -> text.deleteCharAt(at);
      }
    }
    return text.toString();
  }

  @FuzzTest(maxDuration = "20s")
  void parseRefusesOrRoundTrips(FuzzedDataProvider data) {
    String text = data.consumeBoolean() ? editedChallenge(data) : data.consumeRemainingAsString();
    SignInChallenge challenge;
    try {
      challenge = SignInChallenge.parse(text);
    } catch (IllegalArgumentException refused) {
      return;
    }
    assertEquals(text, challenge.encode());
    assertEquals(challenge, SignInChallenge.parse(challenge.encode()));
  }
}
