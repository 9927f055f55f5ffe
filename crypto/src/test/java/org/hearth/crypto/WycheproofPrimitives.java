package org.hearth.crypto;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.DataLengthException;
import org.bouncycastle.crypto.agreement.X25519Agreement;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;

/**
 * Wycheproof handlers for primitives. Ed25519 runs through Hearth's own {@link Ed25519PublicKey};
 * the others (which Hearth does not wrap) run through the implementation Hearth would use: the JDK
 * for AES-GCM, ChaCha20-Poly1305 and HMAC, Bouncy Castle for X25519, HKDF and ECDSA.
 */
final class WycheproofPrimitives {
  private static final HexFormat HEX = HexFormat.of();

  private WycheproofPrimitives() {}

  static byte[] hex(Map<String, Object> map, String name) {
    return HEX.parseHex((String) map.get(name));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> map, String name) {
    return (Map<String, Object>) map.get(name);
  }

  /** Ed25519 through {@link Ed25519PublicKey#of} and {@link Ed25519PublicKey#verify}. */
  static final WycheproofTest.Handler ED25519 =
      (group, test) -> {
        Ed25519PublicKey key;
        try {
          key = Ed25519PublicKey.of(hex(map(group, "publicKey"), "pk"));
        } catch (IllegalArgumentException e) {
          return false;
        }
        return key.verify(hex(test, "msg"), hex(test, "sig"));
      };

  /**
   * X25519 through Bouncy Castle. Policy for acceptable cases: a case flagged {@code
   * ZeroSharedSecret} must be refused (RFC 7748 section 6.1 allows the check, RFC 9180 section
   * 7.1.4 requires it for the HPKE that MLS uses); every other flag ({@code Twist}, {@code
   * NonCanonicalPublic}, {@code SmallPublicKey}, {@code SpecialPublicKey}, {@code
   * EdgeCaseMultiplication}, {@code EdgeCaseShared}, {@code Ktv}) must be accepted with the
   * expected result, since RFC 7748 section 5 has implementations accept any 32-byte u-coordinate
   * and mask its top bit.
   */
  static final WycheproofTest.Handler X25519 =
      new WycheproofTest.Handler() {
        private final List<String> known =
            List.of(
                "ZeroSharedSecret",
                "LowOrderPublic",
                "Twist",
                "NonCanonicalPublic",
                "SmallPublicKey",
                "SpecialPublicKey",
                "EdgeCaseMultiplication",
                "EdgeCaseShared",
                "Ktv");

        @Override
        public boolean accepts(Map<String, Object> group, Map<String, Object> test) {
          byte[] shared = new byte[32];
          try {
            X25519Agreement agreement = new X25519Agreement();
            agreement.init(new X25519PrivateKeyParameters(hex(test, "private"), 0));
            agreement.calculateAgreement(
                new X25519PublicKeyParameters(hex(test, "public"), 0), shared, 0);
          } catch (IllegalStateException | IllegalArgumentException e) {
            return false;
          }
          return Arrays.equals(shared, hex(test, "shared"));
        }

        @Override
        public boolean acceptableShouldPass(List<String> flags) {
          for (String flag : flags) {
            if (!known.contains(flag)) {
              throw new AssertionError("no policy for X25519 flag " + flag);
            }
          }
          // LowOrderPublic always comes with ZeroSharedSecret in X25519: the zero check refuses it.
          return !flags.contains("ZeroSharedSecret") && !flags.contains("LowOrderPublic");
        }
      };

  /** AES-GCM and ChaCha20-Poly1305 through the JDK: decrypts, and for valid cases re-encrypts. */
  static WycheproofTest.Handler aead(String algorithm) {
    return (group, test) -> {
      int tagBits = ((Number) group.get("tagSize")).intValue();
      byte[] key = hex(test, "key");
      byte[] iv = hex(test, "iv");
      byte[] aad = hex(test, "aad");
      byte[] msg = hex(test, "msg");
      byte[] sealed = concat(hex(test, "ct"), hex(test, "tag"));
      try {
        Cipher decrypt = aeadCipher(algorithm, Cipher.DECRYPT_MODE, key, iv, tagBits);
        decrypt.updateAAD(aad);
        byte[] opened = decrypt.doFinal(sealed);
        Cipher encrypt = aeadCipher(algorithm, Cipher.ENCRYPT_MODE, key, iv, tagBits);
        encrypt.updateAAD(aad);
        return Arrays.equals(opened, msg) && Arrays.equals(encrypt.doFinal(msg), sealed);
      } catch (GeneralSecurityException | IllegalArgumentException e) {
        return false;
      }
    };
  }

  private static Cipher aeadCipher(String algorithm, int mode, byte[] key, byte[] iv, int tagBits)
      throws GeneralSecurityException {
    return switch (algorithm) {
      case "AES-GCM" -> {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(tagBits, iv));
        yield c;
      }
      case "CHACHA20-POLY1305" -> {
        Cipher c = Cipher.getInstance("ChaCha20-Poly1305");
        c.init(mode, new SecretKeySpec(key, "ChaCha20"), new IvParameterSpec(iv));
        yield c;
      }
      default -> throw new AssertionError("no AEAD handler for " + algorithm);
    };
  }

  /** HKDF-SHA256 (RFC 5869) through Bouncy Castle; sizes over 255 hash lengths must fail. */
  static final WycheproofTest.Handler HKDF_SHA256 =
      (group, test) -> {
        int size = ((Number) test.get("size")).intValue();
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(hex(test, "ikm"), hex(test, "salt"), hex(test, "info")));
        byte[] out = new byte[size];
        try {
          hkdf.generateBytes(out, 0, size);
        } catch (DataLengthException e) {
          return false;
        }
        return Arrays.equals(out, hex(test, "okm"));
      };

  /** HMAC through the JDK, compared in constant time on the (possibly truncated) tag. */
  static WycheproofTest.Handler mac(String algorithm) {
    if (!"HMACSHA256".equals(algorithm)) {
      throw new AssertionError("no MAC handler for " + algorithm);
    }
    return (group, test) -> {
      int tagBytes = ((Number) group.get("tagSize")).intValue() / 8;
      byte[] tag = hex(test, "tag");
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(hex(test, "key"), "HmacSHA256"));
      byte[] full = mac.doFinal(hex(test, "msg"));
      return tag.length == tagBytes && MessageDigest.isEqual(Arrays.copyOf(full, tagBytes), tag);
    };
  }

  /**
   * ECDSA P-256 with SHA-256 and IEEE P1363 signatures (as JWS ES256 uses), through Bouncy Castle's
   * lightweight API with the length checked first: a P1363 signature is exactly 64 bytes. (The JDK
   * 17 provider's "SHA256withECDSAinP1363Format" fails this file: it accepts short signatures,
   * tcIds 121-151, and rejects valid tcIds 115 and 257.)
   */
  static final WycheproofTest.Handler ECDSA_P1363 =
      (group, test) -> {
        byte[] sig = hex(test, "sig");
        if (sig.length != 64) {
          return false;
        }
        X9ECParameters curve = ECNamedCurveTable.getByName("secp256r1");
        ECDomainParameters domain =
            new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH());
        ECPublicKeyParameters key;
        try {
          key =
              new ECPublicKeyParameters(
                  curve.getCurve().decodePoint(hex(map(group, "publicKey"), "uncompressed")),
                  domain);
        } catch (IllegalArgumentException e) {
          return false;
        }
        SHA256Digest sha256 = new SHA256Digest();
        byte[] msg = hex(test, "msg");
        byte[] digest = new byte[32];
        sha256.update(msg, 0, msg.length);
        sha256.doFinal(digest, 0);
        ECDSASigner verifier = new ECDSASigner();
        verifier.init(false, key);
        return verifier.verifySignature(
            digest,
            new BigInteger(1, Arrays.copyOfRange(sig, 0, 32)),
            new BigInteger(1, Arrays.copyOfRange(sig, 32, 64)));
      };

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
