package org.hearth.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import org.hearth.crypto.bc.BcEd25519;

/**
 * An Ed25519 public key (RFC 8032), its JWK form (RFC 8037 section 2) and its RFC 7638 thumbprint.
 *
 * <p>Immutable and thread-safe.
 */
public final class Ed25519PublicKey {
  private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

  private final byte[] encoded;

  private Ed25519PublicKey(byte[] encoded) {
    this.encoded = encoded;
  }

  /**
   * Reads a 32-byte public key.
   *
   * @throws IllegalArgumentException if the bytes are not a point on the curve
   */
  public static Ed25519PublicKey of(byte[] encoded) {
    byte[] copy = encoded.clone();
    if (!BcEd25519.isValidPublicKey(copy)) {
      throw new IllegalArgumentException("not an Ed25519 public key");
    }
    return new Ed25519PublicKey(copy);
  }

  /** The 32 raw bytes of the key. */
  public byte[] encoded() {
    return encoded.clone();
  }

  /** The JWK member {@code x}: the raw key in base64url without padding. */
  public String x() {
    return B64URL.encodeToString(encoded);
  }

  /** Whether {@code signature} is a valid Ed25519 signature of {@code message} by this key. */
  public boolean verify(byte[] message, byte[] signature) {
    return BcEd25519.verify(encoded, message, signature);
  }

  /**
   * The key as a JSON Web Key with exactly the required members in lexicographic order, which is
   * also the RFC 7638 section 3.2 input for the thumbprint.
   */
  public String toJwkJson() {
    return "{\"crv\":\"Ed25519\",\"kty\":\"OKP\",\"x\":\"" + x() + "\"}";
  }

  /** The RFC 7638 thumbprint with SHA-256 (RFC 8037 appendix A.3). */
  public KeyThumbprint thumbprint() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(toJwkJson().getBytes(StandardCharsets.UTF_8));
      return new KeyThumbprint(B64URL.encodeToString(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Ed25519PublicKey key && MessageDigest.isEqual(encoded, key.encoded);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(encoded);
  }

  @Override
  public String toString() {
    return "Ed25519PublicKey[" + thumbprint() + "]";
  }
}
