package org.hearth.crypto.bc.mls;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.mls.TreeKEM.LeafNode;
import org.bouncycastle.mls.TreeKEM.LeafNodeSource;
import org.bouncycastle.mls.codec.Capabilities;
import org.bouncycastle.mls.codec.Credential;
import org.bouncycastle.mls.codec.Extension;
import org.bouncycastle.mls.codec.KeyPackage;
import org.bouncycastle.mls.codec.MLSMessage;
import org.bouncycastle.mls.codec.WireFormat;
import org.bouncycastle.mls.crypto.MlsCipherSuite;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.mls.MlsException;

/**
 * Makes and checks KeyPackages (RFC 9420 section 10) and leaf nodes for suite 0x0001.
 *
 * <p>Stateless and thread-safe (bcmls calls hold {@link BcMls#LOCK}).
 */
public final class BcMlsKeyPackages {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A KeyPackage as an MLSMessage and the two private keys its owner needs to join. */
  public record Material(byte[] keyPackageMessage, byte[] initPrivateKey, byte[] leafPrivateKey) {
    private static final byte[] MAGIC = "HEARTH-MLS-KP/1".getBytes(StandardCharsets.US_ASCII);

    /** The three fields, each with a 4-byte length, after a format tag. */
    public byte[] encode() {
      ByteBuffer out =
          ByteBuffer.allocate(
              MAGIC.length
                  + 12
                  + keyPackageMessage.length
                  + initPrivateKey.length
                  + leafPrivateKey.length);
      out.put(MAGIC);
      for (byte[] field : List.of(keyPackageMessage, initPrivateKey, leafPrivateKey)) {
        out.putInt(field.length).put(field);
      }
      return out.array();
    }

    /**
     * Reads what {@link #encode} wrote; the KeyPackage must decode canonically.
     *
     * @throws MlsException if the bytes are damaged
     */
    public static Material decode(byte[] encoded) {
      try {
        ByteBuffer in = ByteBuffer.wrap(encoded);
        byte[] magic = new byte[MAGIC.length];
        in.get(magic);
        if (!Arrays.equals(magic, MAGIC)) {
          throw new MlsException("not a saved KeyPackage");
        }
        byte[][] fields = new byte[3][];
        for (int i = 0; i < fields.length; i++) {
          fields[i] = new byte[in.getInt()];
          in.get(fields[i]);
        }
        if (in.hasRemaining()) {
          throw new MlsException("saved KeyPackage has trailing data");
        }
        BcMls.LOCK.lock();
        try {
          MLSMessage message = BcMls.decodeExact(fields[0], MLSMessage.class);
          if (message.wireFormat != WireFormat.mls_key_package) {
            throw new MlsException("saved KeyPackage is not a KeyPackage");
          }
        } finally {
          BcMls.LOCK.unlock();
        }
        return new Material(fields[0], fields[1], fields[2]);
      } catch (BufferUnderflowException | NegativeArraySizeException e) {
        throw new MlsException("saved KeyPackage is damaged", e);
      }
    }
  }

  /** What the delivery service learns from a valid KeyPackage. */
  public record Checked(byte[] signatureKey, byte[] identity, long notBefore, long notAfter) {}

  private BcMlsKeyPackages() {}

  /** A fresh KeyPackage signed by {@code key}, valid from {@code notBefore} to {@code notAfter}. */
  public static Material create(Ed25519KeyPair key, Instant notBefore, Instant notAfter) {
    BcMls.LOCK.lock();
    try {
      MlsCipherSuite suite = BcMls.suite();
      AsymmetricCipherKeyPair init = suite.getHPKE().generatePrivateKey();
      AsymmetricCipherKeyPair leaf = suite.getHPKE().generatePrivateKey();
      LeafNode leafNode =
          leafNode(key, leaf, notBefore.getEpochSecond(), notAfter.getEpochSecond());
      KeyPackage keyPackage =
          new KeyPackage(
              suite,
              suite.getHPKE().serializePublicKey(init.getPublic()),
              leafNode,
              new ArrayList<Extension>(),
              key.seed());
      return new Material(
          BcMls.encode(MLSMessage.keyPackage(keyPackage)),
          suite.getHPKE().serializePrivateKey(init.getPrivate()),
          suite.getHPKE().serializePrivateKey(leaf.getPrivate()));
    } catch (Exception e) {
      throw BcMls.refused("cannot make a KeyPackage", e);
    } finally {
      BcMls.LOCK.unlock();
    }
  }

  /** A key-package leaf node for {@code key} with a fresh HPKE key (RFC 9420 section 7.2). */
  static LeafNode leafNode(
      Ed25519KeyPair key, AsymmetricCipherKeyPair leaf, long notBefore, long notAfter)
      throws Exception {
    MlsCipherSuite suite = BcMls.suite();
    return new LeafNode(
        suite,
        suite.getHPKE().serializePublicKey(leaf.getPublic()),
        key.publicKey().encoded(),
        Credential.forBasic(BcMls.identity(key)),
        new Capabilities(),
        BcMls.lifetime(notBefore, notAfter),
        new ArrayList<Extension>(),
        key.seed());
  }

  /** A random secret of the suite's hash length, as bcmls's commit and join calls want. */
  static byte[] randomSecret() {
    byte[] secret = new byte[BcMls.suite().getKDF().getHashLength()];
    RANDOM.nextBytes(secret);
    return secret;
  }

  /**
   * Checks a KeyPackage MLSMessage (RFC 9420 section 10.1): canonical encoding, version, suite
   * 0x0001, distinct init and leaf keys, a key-package leaf, lifetime covering {@code now}, and
   * both signatures.
   */
  public static Checked check(byte[] keyPackageMessage, Instant now) {
    BcMls.LOCK.lock();
    try {
      MLSMessage message = BcMls.decodeExact(keyPackageMessage, MLSMessage.class);
      if (message.wireFormat != WireFormat.mls_key_package) {
        throw new MlsException("not a KeyPackage");
      }
      return check(message.keyPackage, now, BcMls.SUITE_ID);
    } finally {
      BcMls.LOCK.unlock();
    }
  }

  static Checked check(KeyPackage keyPackage, Instant now, short suiteId) {
    try {
      if (keyPackage.getSuite().getSuiteID() != suiteId) {
        throw new MlsException("KeyPackage is not for the group's cipher suite");
      }
      LeafNode leaf = keyPackage.getLeafNode();
      if (Arrays.equals(keyPackage.getInitKey(), leaf.getEncryptionKey())) {
        throw new MlsException("KeyPackage init key equals its leaf encryption key");
      }
      if (leaf.getSource() != LeafNodeSource.KEY_PACKAGE) {
        throw new MlsException("KeyPackage leaf node is not of source key_package");
      }
      long[] bounds = BcMls.lifetimeBounds(leaf.getLifeTime());
      long seconds = now.getEpochSecond();
      if (Long.compareUnsigned(seconds, bounds[0]) < 0
          || Long.compareUnsigned(seconds, bounds[1]) > 0) {
        throw new MlsException("KeyPackage is outside its lifetime");
      }
      if (!keyPackage.verify()) {
        throw new MlsException("KeyPackage or its leaf node signature does not verify");
      }
      return new Checked(
          leaf.getSignatureKey(), leaf.getCredential().getIdentity(), bounds[0], bounds[1]);
    } catch (Exception e) {
      throw BcMls.refused("KeyPackage refused", e);
    }
  }
}
