package org.hearth.crypto.bc.mls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.mls.TreeKEM.LifeTime;
import org.bouncycastle.mls.codec.MLSInputStream;
import org.bouncycastle.mls.codec.MLSOutputStream;
import org.bouncycastle.mls.crypto.MlsCipherSuite;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.mls.MlsException;

/**
 * Shared pieces of the bcmls binding: the one cipher suite Hearth uses, the global lock, strict
 * TLS-presentation decoding (RFC 9420 section 2.1) and the mapping of a Hearth Ed25519 key to an
 * MLS signature key.
 *
 * <p>Thread-safe. bcmls's {@link MlsCipherSuite} objects are static singletons holding one shared
 * digest, so every bcmls call in Hearth runs under {@link #LOCK}.
 */
public final class BcMls {
  /** Serialises all use of bcmls in this JVM (see the class doc). */
  public static final ReentrantLock LOCK = new ReentrantLock();

  /** MLS_128_DHKEMX25519_AES128GCM_SHA256_Ed25519 (RFC 9420 section 17.1). */
  public static final short SUITE_ID = 1;

  /** The bcmls version the state serializer is pinned to. */
  public static final String BCMLS_VERSION = "1.84";

  private static final MlsCipherSuite SUITE;

  static {
    try {
      SUITE = MlsCipherSuite.getSuite(SUITE_ID);
    } catch (Exception e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private BcMls() {}

  static MlsCipherSuite suite() {
    return SUITE;
  }

  /** The MLS signature key pair of a Hearth Ed25519 key (bcmls encodes the 32-byte seed). */
  static AsymmetricCipherKeyPair signatureKeyPair(Ed25519KeyPair key) {
    return SUITE.deserializeSignaturePrivateKey(key.seed());
  }

  /** The BasicCredential identity of a member: the UTF-8 of their RFC 7638 thumbprint. */
  static byte[] identity(Ed25519KeyPair key) {
    return key.publicKey().thumbprint().value().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Decodes {@code bytes} as {@code type} and requires that re-encoding gives the same bytes: this
   * refuses trailing data and non-canonical encodings, which bcmls's decoder alone accepts.
   */
  static <T> T decodeExact(byte[] bytes, Class<T> type) {
    try {
      Object value = MLSInputStream.decode(bytes, type);
      if (!Arrays.equals(MLSOutputStream.encode(value), bytes)) {
        throw new MlsException("not a canonical " + type.getSimpleName());
      }
      return type.cast(value);
    } catch (IOException | RuntimeException e) {
      if (e instanceof MlsException mls) {
        throw mls;
      }
      throw new MlsException("malformed " + type.getSimpleName(), e);
    }
  }

  static byte[] encode(Object value) {
    try {
      return MLSOutputStream.encode(value);
    } catch (IOException e) {
      throw new MlsException("cannot encode " + value.getClass().getSimpleName(), e);
    }
  }

  /** A lifetime {@code [notBefore, notAfter]} in seconds since the epoch (RFC 9420 section 7.2). */
  static LifeTime lifetime(long notBefore, long notAfter) {
    MLSOutputStream out = new MLSOutputStream();
    try {
      out.write(notBefore);
      out.write(notAfter);
      return (LifeTime) MLSInputStream.decode(out.toByteArray(), LifeTime.class);
    } catch (IOException e) {
      throw new MlsException("cannot build a lifetime", e);
    }
  }

  /** The {@code [not_before, not_after]} of a lifetime. */
  static long[] lifetimeBounds(LifeTime lifetime) {
    byte[] encoded = encode(lifetime);
    long notBefore = 0;
    long notAfter = 0;
    for (int i = 0; i < 8; i++) {
      notBefore = (notBefore << 8) | (encoded[i] & 0xff);
      notAfter = (notAfter << 8) | (encoded[8 + i] & 0xff);
    }
    return new long[] {notBefore, notAfter};
  }

  /** Wraps a bcmls failure (bcmls throws bare {@code Exception}s) as an {@link MlsException}. */
  static MlsException refused(String what, Exception e) {
    if (e instanceof MlsException mls) {
      return mls;
    }
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new MlsException(what + ": " + detail, e);
  }
}
