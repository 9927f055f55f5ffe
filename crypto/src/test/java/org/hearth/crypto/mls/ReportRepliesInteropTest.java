package org.hearth.crypto.mls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Private replies between the two clients (docs/reports.md): a reply the Java client seals opens in
 * ts-mls, the browser's MLS library, and one ts-mls seals opens in Java, both with the label and
 * context Hearth specifies.
 */
class ReportRepliesInteropTest {
  private static final String GROUP = "1d6f6e3a-7c41-4b8e-9d0c-2f5a8b3e4c21";
  private static final String REPORT = "8e2b1f04-3a5c-4d7e-b6f9-0a1c2e3d4f50";
  private static final String TEXT = "Asante kwa kutuambia. Tumemwondoa kwenye kikundi. 🌱";

  @Test
  void aJavaReplyOpensInTsMls() throws Exception {
    try (TsMlsPeer ts = new TsMlsPeer()) {
      JsonObject key = ts.call("replyKeyPair", "reporter");
      ReportReplies.Sealed sealed =
          ReportReplies.seal(TsMlsPeer.bytes(key, "publicKey"), GROUP, REPORT, TEXT);
      JsonObject opened =
          ts.call(
              "openReply",
              "reporter",
              "privateKey",
              TsMlsPeer.bytes(key, "privateKey"),
              "context",
              GROUP + "\n" + REPORT,
              "kemOutput",
              sealed.kemOutput(),
              "ciphertext",
              sealed.ciphertext());
      assertEquals(TEXT, opened.getString("text"));
    }
  }

  @Test
  void aTsMlsReplyOpensInJava() throws Exception {
    ReportReplies.KeyPair reporter = ReportReplies.newKeyPair();
    try (TsMlsPeer ts = new TsMlsPeer()) {
      JsonObject sealed =
          ts.call(
              "sealReply",
              "facilitator",
              "publicKey",
              reporter.publicKey(),
              "context",
              GROUP + "\n" + REPORT,
              "text",
              TEXT);
      byte[] text =
          ReportReplies.open(
                  reporter.privateKey(),
                  GROUP,
                  REPORT,
                  TsMlsPeer.bytes(sealed, "kemOutput"),
                  TsMlsPeer.bytes(sealed, "ciphertext"))
              .orElseThrow();
      assertEquals(TEXT, new String(text, StandardCharsets.UTF_8));
    }
  }
}
