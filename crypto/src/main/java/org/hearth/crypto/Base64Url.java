package org.hearth.crypto;

import java.util.Base64;

/**
 * Canonical base64url without padding (RFC 4648 section 5, as RFC 7515 section 2 uses it): the
 * decoder refuses padding, other alphabets and non-zero trailing bits, so each value has exactly
 * one text form.
 *
 * <p>Stateless and thread-safe.
 */
final class Base64Url {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private Base64Url() {}

  static String encode(byte[] bytes) {
    return ENCODER.encodeToString(bytes);
  }

  /**
   * Decodes canonical base64url.
   *
   * @throws IllegalArgumentException if {@code text} is not canonical base64url without padding
   */
  static byte[] decode(String text) {
    if (text.indexOf('=') >= 0) {
      throw new IllegalArgumentException("base64url here carries no padding");
    }
    byte[] bytes;
    try {
      bytes = DECODER.decode(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not base64url", e);
    }
    if (!ENCODER.encodeToString(bytes).equals(text)) {
      throw new IllegalArgumentException("not canonical base64url");
    }
    return bytes;
  }
}
