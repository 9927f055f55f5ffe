package org.hearth.server.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.hearth.protocol.content.ContentCodec;
import org.hearth.protocol.content.MessageId;
import org.hearth.protocol.content.Post;
import org.hearth.protocol.content.Reaction;
import org.hearth.protocol.content.Retraction;
import org.junit.jupiter.api.Test;

class ReportedTextTest {
  private static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  @Test
  void aPostShowsItsTitleAndBodyButNotTheDisplayName() {
    Post start =
        new Post(MessageId.random(), "Asha", null, "Tonight", "nobody wants you here", null);
    assertEquals(
        Optional.of("Tonight\n\nnobody wants you here"),
        ReportedText.of(b64(ContentCodec.encode(start))));
    Post reply = new Post(MessageId.random(), "Asha", start.id(), null, "go away", null);
    assertEquals(Optional.of("go away"), ReportedText.of(b64(ContentCodec.encode(reply))));
  }

  @Test
  void aReactionShowsItsEmojiAndARetractionNothing() {
    MessageId target = MessageId.random();
    assertEquals(
        Optional.of("\uD83D\uDC4E"),
        ReportedText.of(
            b64(
                ContentCodec.encode(
                    new Reaction(MessageId.random(), "A", target, "\uD83D\uDC4E")))));
    assertEquals(
        Optional.empty(),
        ReportedText.of(b64(ContentCodec.encode(new Retraction(MessageId.random(), "A", target)))));
  }

  @Test
  void plainUtf8IsShownAndAnythingElseIsNot() {
    assertEquals(
        Optional.of("buy cheap pills"),
        ReportedText.of(b64("buy cheap pills".getBytes(StandardCharsets.UTF_8))));
    assertEquals(Optional.empty(), ReportedText.of(b64(new byte[] {(byte) 0xff, (byte) 0xfe})));
    assertEquals(Optional.empty(), ReportedText.of(""));
    assertEquals(Optional.empty(), ReportedText.of("not base64!"));
  }
}
