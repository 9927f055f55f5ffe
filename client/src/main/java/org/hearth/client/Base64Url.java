package org.hearth.client;

import java.util.Base64;

/**
 * Base64url without padding (RFC 4648 section 5), as the delivery API carries bytes in JSON.
 *
 * <p>Stateless and thread-safe.
 */
public final class Base64Url {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private Base64Url() {}

  public static String encode(byte[] bytes) {
    return ENCODER.encodeToString(bytes);
  }

  /**
   * @throws IllegalArgumentException if {@code text} is not base64url without padding
   */
  public static byte[] decode(String text) {
    if (text.indexOf('=') >= 0) {
      throw new IllegalArgumentException("base64url here carries no padding");
    }
    return DECODER.decode(text);
  }
}
