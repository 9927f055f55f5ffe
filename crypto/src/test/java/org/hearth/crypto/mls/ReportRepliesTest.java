package org.hearth.crypto.mls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Private replies to reports: only the report's key opens a reply, only for that report of that
 * group; keys with which every shared secret is zero are refused.
 */
class ReportRepliesTest {
  private static final String GROUP = "6f1c2d7e-0000-4000-8000-000000000001";
  private static final String REPORT = "0c9b5a0e-1111-4000-8000-000000000002";

  @Test
  void theReportersKeyOpensTheReply() {
    ReportReplies.KeyPair reporter = ReportReplies.newKeyPair();
    String text = "Thank you for telling us. We have removed them from the group.\nTake care. 🌿";
    ReportReplies.Sealed sealed = ReportReplies.seal(reporter.publicKey(), GROUP, REPORT, text);

    assertEquals(32, sealed.kemOutput().length);
    assertEquals(text.getBytes(StandardCharsets.UTF_8).length + 16, sealed.ciphertext().length);
    Optional<byte[]> opened = open(reporter, GROUP, REPORT, sealed);
    assertEquals(text, new String(opened.orElseThrow(), StandardCharsets.UTF_8));
  }

  @Test
  void nothingElseOpensIt() {
    ReportReplies.KeyPair reporter = ReportReplies.newKeyPair();
    ReportReplies.Sealed sealed = ReportReplies.seal(reporter.publicKey(), GROUP, REPORT, "Hi");

    assertFalse(open(ReportReplies.newKeyPair(), GROUP, REPORT, sealed).isPresent(), "other key");
    assertFalse(open(reporter, GROUP, "another-report", sealed).isPresent(), "other report");
    assertFalse(open(reporter, "another-group", REPORT, sealed).isPresent(), "other group");
    byte[] altered = sealed.ciphertext();
    altered[0] ^= 1;
    assertFalse(
        ReportReplies.open(reporter.privateKey(), GROUP, REPORT, sealed.kemOutput(), altered)
            .isPresent(),
        "altered ciphertext");
    byte[] otherKem = sealed.kemOutput();
    otherKem[5] ^= 1;
    assertFalse(
        ReportReplies.open(reporter.privateKey(), GROUP, REPORT, otherKem, sealed.ciphertext())
            .isPresent(),
        "altered kem output");
  }

  @Test
  void freshKeysDiffer() {
    assertFalse(
        java.util.Arrays.equals(
            ReportReplies.newKeyPair().publicKey(), ReportReplies.newKeyPair().publicKey()));
  }

  @Test
  void keysOfSmallOrderOrOfAnotherSizeAreRefused() {
    // RFC 7748 / Wycheproof: the zero point, the point 1, and a point of order 8.
    for (String hex :
        new String[] {
          "0000000000000000000000000000000000000000000000000000000000000000",
          "0100000000000000000000000000000000000000000000000000000000000000",
          "e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800"
        }) {
      byte[] key = HexFormat.of().parseHex(hex);
      assertFalse(ReportReplies.isUsableKey(key), hex);
      assertThrows(MlsException.class, () -> ReportReplies.seal(key, GROUP, REPORT, "Hi"));
    }
    assertFalse(ReportReplies.isUsableKey(new byte[31]));
    assertFalse(ReportReplies.isUsableKey(null));
    assertTrue(ReportReplies.isUsableKey(ReportReplies.newKeyPair().publicKey()));
  }

  @Test
  void aLineFeedInAnIdIsRefused() {
    byte[] key = ReportReplies.newKeyPair().publicKey();
    assertThrows(MlsException.class, () -> ReportReplies.seal(key, "a\nb", REPORT, "Hi"));
  }

  @Test
  void theContextIsTheGroupALineFeedAndTheReport() {
    assertArrayEquals("g\nr".getBytes(StandardCharsets.UTF_8), ReportReplies.context("g", "r"));
  }

  private static Optional<byte[]> open(
      ReportReplies.KeyPair key, String group, String report, ReportReplies.Sealed sealed) {
    return ReportReplies.open(
        key.privateKey(), group, report, sealed.kemOutput(), sealed.ciphertext());
  }
}
