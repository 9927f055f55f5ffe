package org.hearth.client.member;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hearth.crypto.mls.ReportReplies;
import org.hearth.protocol.content.MessageId;
import org.hearth.protocol.content.PrivateReply;
import org.junit.jupiter.api.Test;

/** The keys of a member's reports: kept across saves, dropped with their reports, tried in turn. */
class ReplyKeysTest {
  private static final String GROUP = "1d6f6e3a-7c41-4b8e-9d0c-2f5a8b3e4c21";
  private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

  @Test
  void theKeyOfTheAnsweredReportOpensTheReply() {
    ReportReplies.KeyPair first = ReportReplies.newKeyPair();
    ReportReplies.KeyPair second = ReportReplies.newKeyPair();
    ReplyKeys keys =
        ReplyKeys.NONE
            .with(new ReplyKeys.Key("r1", first.privateKey(), NOW.getEpochSecond()), NOW)
            .with(new ReplyKeys.Key("r2", second.privateKey(), NOW.getEpochSecond()), NOW);

    ReplyKeys.Opened opened =
        keys.open(GROUP, reply(second.publicKey(), "r2", "We hear you.")).orElseThrow();
    assertEquals(new ReplyKeys.Opened("r2", "We hear you."), opened);
    assertTrue(
        keys.open(GROUP, reply(second.publicKey(), "r1", "mismatched")).isEmpty(),
        "a reply sealed for another report id opens with no key");
    assertTrue(
        keys.open(GROUP, reply(ReportReplies.newKeyPair().publicKey(), "r1", "x")).isEmpty(),
        "a reply to someone else's report opens with none of these keys");
    assertTrue(keys.open(GROUP, reply(first.publicKey(), "r1", " \n ")).isEmpty(), "blank text");
  }

  @Test
  void keysSurviveASaveAndLeaveWithTheirReports() {
    byte[] secret = ReportReplies.newKeyPair().privateKey();
    long old = NOW.minus(Duration.ofDays(91)).getEpochSecond();
    ReplyKeys keys =
        new ReplyKeys(
            List.of(
                new ReplyKeys.Key("old", secret, old),
                new ReplyKeys.Key("new", secret, NOW.getEpochSecond())));

    ReplyKeys again = ReplyKeys.decode(keys.encode());
    assertEquals(2, again.keys().size());
    assertArrayEquals(secret, again.keys().get(1).privateKey());
    assertEquals(
        List.of("new"), again.current(NOW).keys().stream().map(ReplyKeys.Key::reportId).toList());
    assertEquals(0, ReplyKeys.decode(null).keys().size());
    assertThrows(
        IllegalArgumentException.class,
        () -> ReplyKeys.decode("{}".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void atMostSixtyFourKeysTheOldestGoFirst() {
    ReplyKeys keys = ReplyKeys.NONE;
    for (int i = 0; i < ReplyKeys.MAX_KEYS + 3; i++) {
      keys = keys.with(new ReplyKeys.Key("r" + i, new byte[32], NOW.getEpochSecond()), NOW);
    }
    assertEquals(ReplyKeys.MAX_KEYS, keys.keys().size());
    assertEquals("r3", keys.keys().get(0).reportId());
  }

  private static PrivateReply reply(byte[] publicKey, String reportId, String text) {
    ReportReplies.Sealed sealed = ReportReplies.seal(publicKey, GROUP, reportId, text);
    return new PrivateReply(MessageId.random(), "Ana", sealed.kemOutput(), sealed.ciphertext());
  }
}
