package org.hearth.crypto.bc.mls;

import org.bouncycastle.mls.codec.AuthenticatedContent;
import org.bouncycastle.mls.codec.MLSInputStream;
import org.bouncycastle.mls.codec.MLSOutputStream;
import org.bouncycastle.mls.codec.PublicMessage;

/**
 * Encoding helpers for framed messages (RFC 9420 section 6).
 *
 * <p>Stateless; callers hold {@link BcMls#LOCK}.
 */
final class BcMlsMessages {
  private BcMlsMessages() {}

  /**
   * The AuthenticatedContent of a PublicMessage: {@code uint16 wire_format ‖ content ‖ auth}, which
   * is a prefix of the PublicMessage's encoding behind the wire format (RFC 9420 section 6.1; the
   * membership tag that follows is ignored). bcmls keeps the parts' accessors package-private.
   */
  static AuthenticatedContent authenticatedContent(PublicMessage message) {
    try {
      byte[] body = MLSOutputStream.encode(message);
      byte[] framed = new byte[body.length + 2];
      framed[1] = 1; // mls_public_message
      System.arraycopy(body, 0, framed, 2, body.length);
      return (AuthenticatedContent) MLSInputStream.decode(framed, AuthenticatedContent.class);
    } catch (Exception e) {
      throw BcMls.refused("malformed PublicMessage", e);
    }
  }
}
