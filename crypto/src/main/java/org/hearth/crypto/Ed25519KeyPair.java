package org.hearth.crypto;

import java.security.SecureRandom;
import java.util.Arrays;
import org.hearth.crypto.bc.BcEd25519;

/**
 * An Ed25519 key pair (RFC 8032 section 5.1) held as its 32-byte seed.
 *
 * <p>Thread-safe. {@link #toString()} never reveals the seed.
 */
public final class Ed25519KeyPair {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] seed;
  private final Ed25519PublicKey publicKey;

  private Ed25519KeyPair(byte[] seed) {
    this.seed = seed;
    this.publicKey = Ed25519PublicKey.of(BcEd25519.publicKey(seed));
  }

  /** Makes a new key pair from the platform's strong random source. */
  public static Ed25519KeyPair generate() {
    return new Ed25519KeyPair(BcEd25519.newSeed(RANDOM));
  }

  /** Restores a key pair from its 32-byte seed (the RFC 8032 private key). */
  public static Ed25519KeyPair fromSeed(byte[] seed) {
    if (seed.length != BcEd25519.KEY_LENGTH) {
      throw new IllegalArgumentException("an Ed25519 seed is 32 bytes");
    }
    return new Ed25519KeyPair(seed.clone());
  }

  /** A copy of the 32-byte seed; callers must keep it secret and wipe it when done. */
  public byte[] seed() {
    return seed.clone();
  }

  public Ed25519PublicKey publicKey() {
    return publicKey;
  }

  /** Signs {@code message} (pure Ed25519, no pre-hash). */
  public byte[] sign(byte[] message) {
    return BcEd25519.sign(seed, message);
  }

  /** Overwrites the seed held by this object; the key pair is unusable afterwards. */
  public void destroy() {
    Arrays.fill(seed, (byte) 0);
  }

  @Override
  public String toString() {
    return "Ed25519KeyPair[" + publicKey.thumbprint() + "]";
  }
}
