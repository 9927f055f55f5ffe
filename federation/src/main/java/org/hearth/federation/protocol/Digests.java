package org.hearth.federation.protocol;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * SHA-256 (FIPS 180-4) as base64url without padding, for request bodies and feed entries.
 *
 * <p>Stateless and thread-safe.
 */
public final class Digests {
  private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

  private Digests() {}

  public static String sha256(byte[] bytes) {
    try {
      return B64URL.encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /** The SHA-256 of {@code text} in US-ASCII, as used for compact JWS strings. */
  public static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.US_ASCII));
  }
}
