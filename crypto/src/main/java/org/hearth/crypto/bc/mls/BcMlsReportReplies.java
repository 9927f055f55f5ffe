package org.hearth.crypto.bc.mls;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Optional;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.math.ec.rfc7748.X25519;
import org.bouncycastle.mls.crypto.MlsCipherSuite;
import org.hearth.crypto.mls.MlsException;
import org.hearth.crypto.mls.ReportReplies;

/**
 * bcmls behind {@link ReportReplies}: the suite's HPKE key pairs and its {@code EncryptWithLabel}
 * and {@code DecryptWithLabel} (RFC 9420 section 5.1.3), under {@link BcMls#LOCK}.
 */
public final class BcMlsReportReplies {
  private static final SecureRandom RANDOM = new SecureRandom();

  private BcMlsReportReplies() {}

  public static ReportReplies.KeyPair newKeyPair() {
    BcMls.LOCK.lock();
    try {
      MlsCipherSuite suite = BcMls.suite();
      AsymmetricCipherKeyPair pair = suite.getHPKE().generatePrivateKey();
      return new ReportReplies.KeyPair(
          suite.getHPKE().serializePublicKey(pair.getPublic()),
          suite.getHPKE().serializePrivateKey(pair.getPrivate()));
    } finally {
      BcMls.LOCK.unlock();
    }
  }

  /** Whether an agreement with {@code publicKey} gives a non-zero secret (RFC 7748 section 6.1). */
  public static boolean agreesWith(byte[] publicKey) {
    byte[] scalar = new byte[X25519.SCALAR_SIZE];
    RANDOM.nextBytes(scalar);
    return X25519.calculateAgreement(scalar, 0, publicKey, 0, new byte[X25519.POINT_SIZE], 0);
  }

  public static ReportReplies.Sealed seal(byte[] publicKey, byte[] context, byte[] plaintext) {
    BcMls.LOCK.lock();
    try {
      byte[][] sealed =
          BcMls.suite().encryptWithLabel(publicKey, ReportReplies.LABEL, context, plaintext);
      return new ReportReplies.Sealed(sealed[1], sealed[0]);
    } catch (IOException | InvalidCipherTextException | RuntimeException e) {
      throw new MlsException("the reply could not be encrypted", e);
    } finally {
      BcMls.LOCK.unlock();
    }
  }

  public static Optional<byte[]> open(
      byte[] privateKey, byte[] context, byte[] kemOutput, byte[] ciphertext) {
    BcMls.LOCK.lock();
    try {
      return Optional.of(
          BcMls.suite()
              .decryptWithLabel(privateKey, ReportReplies.LABEL, context, kemOutput, ciphertext));
    } catch (IOException | InvalidCipherTextException | RuntimeException e) {
      return Optional.empty();
    } finally {
      BcMls.LOCK.unlock();
    }
  }
}
