package org.hearth.crypto;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.hearth.crypto.bc.BcEd25519;

/**
 * An Ed25519 public key (RFC 8032), its JWK form (RFC 8037 section 2) and its RFC 7638 thumbprint.
 *
 * <p>Immutable and thread-safe.
 */
public final class Ed25519PublicKey {
  private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

  /** Longest JWK text {@link #fromJwk} reads, in characters. */
  public static final int MAX_JWK_LENGTH = 1024;

  private static final Set<String> JWK_MEMBERS = Set.of("kty", "crv", "x", "kid", "alg", "use");

  private final byte[] encoded;
  private final BcEd25519.PreparedPublicKey prepared;
  private final KeyThumbprint thumbprint;

  private Ed25519PublicKey(byte[] encoded, BcEd25519.PreparedPublicKey prepared) {
    this.encoded = encoded;
    this.prepared = prepared;
    this.thumbprint = computeThumbprint();
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
    return new Ed25519PublicKey(copy, BcEd25519.prepare(copy));
  }

  /**
   * Reads a public Ed25519 JSON Web Key (RFC 8037 section 2): {@code kty} "OKP", {@code crv}
   * "Ed25519" and {@code x}, the canonical base64url of 32 bytes that encode a curve point.
   * Optional {@code kid} (a string), {@code alg} ("EdDSA" or "Ed25519") and {@code use} ("sig") are
   * allowed; every other member, notably the private {@code d}, is refused, as are duplicate
   * members and texts longer than {@value #MAX_JWK_LENGTH} characters.
   *
   * @throws IllegalArgumentException with a plain reason if {@code json} is not such a key
   */
  public static Ed25519PublicKey fromJwk(String json) {
    if (json.length() > MAX_JWK_LENGTH) {
      throw new IllegalArgumentException("a JWK is at most " + MAX_JWK_LENGTH + " chars here");
    }
    Map<String, Object> jwk;
    try {
      jwk = JSONObjectUtils.parse(json, MAX_JWK_LENGTH);
    } catch (ParseException | RuntimeException e) {
      throw new IllegalArgumentException("a JWK is a JSON object", e);
    }
    if (jwk == null) {
      throw new IllegalArgumentException("a JWK is a JSON object");
    }
    if (jwk.containsKey("d")) {
      throw new IllegalArgumentException("refusing a JWK that carries a private key (d)");
    }
    for (String member : jwk.keySet()) {
      if (!JWK_MEMBERS.contains(member)) {
        throw new IllegalArgumentException("unexpected JWK member " + printable(member));
      }
    }
    requireMember(jwk, "kty", "OKP");
    requireMember(jwk, "crv", "Ed25519");
    if (jwk.containsKey("alg")
        && !"EdDSA".equals(jwk.get("alg"))
        && !"Ed25519".equals(jwk.get("alg"))) {
      throw new IllegalArgumentException("JWK alg must be EdDSA or Ed25519");
    }
    if (jwk.containsKey("use")) {
      requireMember(jwk, "use", "sig");
    }
    if (jwk.containsKey("kid") && !(jwk.get("kid") instanceof String)) {
      throw new IllegalArgumentException("JWK kid must be a string");
    }
    if (!(jwk.get("x") instanceof String x)) {
      throw new IllegalArgumentException("JWK x must be a string");
    }
    byte[] raw = Base64Url.decode(x);
    if (raw.length != BcEd25519.KEY_LENGTH) {
      throw new IllegalArgumentException("JWK x must encode 32 bytes");
    }
    return of(raw);
  }

  private static void requireMember(Map<String, Object> jwk, String name, String expected) {
    if (!expected.equals(jwk.get(name))) {
      throw new IllegalArgumentException("JWK " + name + " must be " + expected);
    }
  }

  private static String printable(String s) {
    String cut = s.length() > 32 ? s.substring(0, 32) : s;
    return '"' + cut.replaceAll("[^\\x20-\\x7e]", "?") + '"';
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
    return prepared.verify(message, signature);
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
    return thumbprint;
  }

  private KeyThumbprint computeThumbprint() {
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
