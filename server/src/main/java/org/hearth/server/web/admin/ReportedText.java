package org.hearth.server.web.admin;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.hearth.protocol.content.Content;
import org.hearth.protocol.content.ContentCodec;
import org.hearth.protocol.content.ContentFormatException;
import org.hearth.protocol.content.Post;
import org.hearth.protocol.content.Reaction;

/**
 * The text of a reported message for the admin's page: a post's title and body, or a reaction's
 * emoji, read from the content format (docs/content-format.md); application data that is not in the
 * content format is shown if it is UTF-8 text. The sender's display name is left out: the admin
 * judges the message, and the key's fingerprint names the sender.
 */
final class ReportedText {
  private ReportedText() {}

  /**
   * @param content the report's application data, base64url
   * @return the text, or empty when there is none that can be shown
   */
  static Optional<String> of(String content) {
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(content == null ? "" : content);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (bytes.length == 0) {
      return Optional.empty();
    }
    try {
      Content decoded = ContentCodec.decode(bytes);
      if (decoded instanceof Post post) {
        return Optional.of(
            post.title() == null ? post.body() : post.title() + "\n\n" + post.body());
      }
      if (decoded instanceof Reaction reaction) {
        return Optional.of(reaction.emoji());
      }
      return Optional.empty();
    } catch (ContentFormatException e) {
      return utf8(bytes);
    }
  }

  private static Optional<String> utf8(byte[] bytes) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
