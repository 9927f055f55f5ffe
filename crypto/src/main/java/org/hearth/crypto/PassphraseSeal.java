package org.hearth.crypto;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.hearth.crypto.bc.BcArgon2id;

/**
 * Seals key files and keyrings under a passphrase: Argon2id (RFC 9106 section 3) derives a 256-bit
 * key that encrypts with AES-256-GCM (NIST SP 800-38D, through the JDK for its hardware speed).
 *
 * <p>Format, version 1 (all integers big-endian):
 *
 * <pre>
 * "HRTHSEAL" | version 0x01 | kdf 0x01 (Argon2id v1.3) | memory KiB (u32) | iterations (u8)
 *   | parallelism (u8) | salt (16) | nonce (12) | ciphertext and 16-byte tag
 * </pre>
 *
 * Everything before the ciphertext is the GCM additional data, so the stored costs cannot be
 * lowered without detection. On {@link #open} the costs are bounded (at most {@value
 * #MAX_MEMORY_KIB} KiB, {@value #MAX_ITERATIONS} iterations, {@value #MAX_PARALLELISM} lanes) so a
 * hostile file cannot make Hearth spend unbounded memory or time. The passphrase is used as the
 * UTF-8 bytes of the given characters, without normalisation; those bytes and the derived key are
 * wiped after use.
 *
 * <p>Immutable and thread-safe.
 */
public final class PassphraseSeal {
  /** Largest memory cost {@link #open} accepts, in KiB (256 MiB). */
  public static final int MAX_MEMORY_KIB = 256 * 1024;

  /** Largest time cost {@link #open} accepts. */
  public static final int MAX_ITERATIONS = 10;

  /** Largest parallelism {@link #open} accepts. */
  public static final int MAX_PARALLELISM = 8;

  private static final byte[] MAGIC = "HRTHSEAL".getBytes(StandardCharsets.US_ASCII);
  private static final byte VERSION = 1;
  private static final byte KDF_ARGON2ID = 1;
  private static final int SALT_LENGTH = 16;
  private static final int NONCE_LENGTH = 12;
  private static final int TAG_BITS = 128;
  private static final int HEADER_LENGTH =
      MAGIC.length + 2 + 4 + 1 + 1 + SALT_LENGTH + NONCE_LENGTH;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Argon2id costs. */
  public record Cost(int memoryKiB, int iterations, int parallelism) {
    /** RFC 9106 section 4, second recommended option: 64 MiB, 3 passes, 4 lanes. */
    public static final Cost RECOMMENDED = new Cost(64 * 1024, 3, 4);

    public Cost {
      if (parallelism < 1
          || parallelism > MAX_PARALLELISM
          || iterations < 1
          || iterations > MAX_ITERATIONS
          || memoryKiB < 8 * parallelism
          || memoryKiB > MAX_MEMORY_KIB) {
        throw new IllegalArgumentException(
            "Argon2id cost out of bounds: "
                + memoryKiB
                + " KiB, t="
                + iterations
                + ", p="
                + parallelism);
      }
    }
  }

  private final Cost cost;

  /** A seal with the RFC 9106 recommended cost. */
  public PassphraseSeal() {
    this(Cost.RECOMMENDED);
  }

  /** A seal with the given cost (lower costs are for tests). */
  public PassphraseSeal(Cost cost) {
    this.cost = cost;
  }

  /** Encrypts {@code plaintext} under {@code passphrase} with a fresh salt and nonce. */
  public byte[] seal(byte[] plaintext, char[] passphrase) {
    byte[] salt = random(SALT_LENGTH);
    byte[] nonce = random(NONCE_LENGTH);
    ByteBuffer header = ByteBuffer.allocate(HEADER_LENGTH);
    header.put(MAGIC).put(VERSION).put(KDF_ARGON2ID).putInt(cost.memoryKiB());
    header.put((byte) cost.iterations()).put((byte) cost.parallelism()).put(salt).put(nonce);
    byte[] key = deriveKey(passphrase, salt, cost);
    try {
      Cipher cipher = aes(Cipher.ENCRYPT_MODE, key, nonce);
      cipher.updateAAD(header.array());
      byte[] ciphertext = cipher.doFinal(plaintext);
      return ByteBuffer.allocate(HEADER_LENGTH + ciphertext.length)
          .put(header.array())
          .put(ciphertext)
          .array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-GCM is required of every Java platform", e);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /**
   * Decrypts what {@link #seal} produced, with the costs stored in it (within the bounds above).
   *
   * @throws WrongPassphraseException if the passphrase is wrong or the data was altered
   * @throws IllegalArgumentException if {@code sealed} is not version-1 sealed data or its costs
   *     are out of bounds
   */
  public static byte[] open(byte[] sealed, char[] passphrase) throws WrongPassphraseException {
    if (sealed.length < HEADER_LENGTH + TAG_BITS / 8
        || !Arrays.equals(sealed, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      throw new IllegalArgumentException("not Hearth sealed data");
    }
    ByteBuffer in = ByteBuffer.wrap(sealed, MAGIC.length, HEADER_LENGTH - MAGIC.length);
    byte version = in.get();
    byte kdf = in.get();
    if (version != VERSION || kdf != KDF_ARGON2ID) {
      throw new IllegalArgumentException("unsupported sealed-data version " + version + "/" + kdf);
    }
    int memory = in.getInt();
    int iterations = in.get() & 0xff;
    int parallelism = in.get() & 0xff;
    Cost cost = new Cost(memory, iterations, parallelism);
    byte[] salt = new byte[SALT_LENGTH];
    byte[] nonce = new byte[NONCE_LENGTH];
    in.get(salt).get(nonce);
    byte[] key = deriveKey(passphrase, salt, cost);
    try {
      Cipher cipher = aes(Cipher.DECRYPT_MODE, key, nonce);
      cipher.updateAAD(sealed, 0, HEADER_LENGTH);
      return cipher.doFinal(sealed, HEADER_LENGTH, sealed.length - HEADER_LENGTH);
    } catch (AEADBadTagException e) {
      throw new WrongPassphraseException();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-GCM is required of every Java platform", e);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  private static Cipher aes(int mode, byte[] key, byte[] nonce) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
    return cipher;
  }

  private static byte[] deriveKey(char[] passphrase, byte[] salt, Cost cost) {
    ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(passphrase));
    byte[] password = new byte[encoded.remaining()];
    encoded.get(password);
    Arrays.fill(encoded.array(), (byte) 0);
    try {
      return BcArgon2id.derive(
          password, salt, cost.memoryKiB(), cost.iterations(), cost.parallelism(), 32);
    } finally {
      Arrays.fill(password, (byte) 0);
    }
  }

  private static byte[] random(int length) {
    byte[] bytes = new byte[length];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
