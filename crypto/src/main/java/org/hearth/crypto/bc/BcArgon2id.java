package org.hearth.crypto.bc;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id version 1.3 (RFC 9106 section 3) on Bouncy Castle, for deriving keys from passphrases.
 *
 * <p>Stateless and thread-safe.
 */
public final class BcArgon2id {
  private BcArgon2id() {}

  /**
   * Derives {@code length} bytes from {@code password}; the caller bounds the costs and wipes the
   * password and the result.
   *
   * @param memoryKiB memory cost in KiB (RFC 9106 {@code m})
   * @param iterations time cost (RFC 9106 {@code t})
   * @param parallelism lanes (RFC 9106 {@code p})
   */
  public static byte[] derive(
      byte[] password, byte[] salt, int memoryKiB, int iterations, int parallelism, int length) {
    Argon2Parameters parameters =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withSalt(salt)
            .withMemoryAsKB(memoryKiB)
            .withIterations(iterations)
            .withParallelism(parallelism)
            .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(parameters);
    byte[] out = new byte[length];
    generator.generateBytes(password, out);
    return out;
  }
}
