package org.hearth.crypto.mls;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.hearth.crypto.Ed25519PublicKey;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.crypto.bc.mls.BcMlsKeyPackages;

/**
 * A KeyPackage uploaded by a client, not yet checked (RFC 9420 section 10).
 *
 * <p>Immutable and thread-safe.
 */
public final class KeyPackageIn {
  /** Hearth's limit for one KeyPackage. */
  public static final int MAX_BYTES = 16 * 1024;

  private final byte[] bytes;

  private KeyPackageIn(byte[] bytes) {
    this.bytes = bytes;
  }

  public static KeyPackageIn of(byte[] keyPackageMessage) {
    if (keyPackageMessage.length > MAX_BYTES) {
      throw new MlsException("KeyPackage exceeds " + MAX_BYTES + " bytes");
    }
    return new KeyPackageIn(keyPackageMessage.clone());
  }

  /**
   * Checks suite 0x0001, both signatures, distinct keys and the lifetime at {@code now} (section
   * 10.1), and Hearth's rule that the credential identity is the thumbprint of the signature key.
   */
  public VerifiedKeyPackage validate(Instant now) {
    BcMlsKeyPackages.Checked checked = BcMlsKeyPackages.check(bytes, now);
    Ed25519PublicKey key = Ed25519PublicKey.of(checked.signatureKey());
    KeyThumbprint thumbprint = key.thumbprint();
    if (!thumbprint.value().equals(new String(checked.identity(), StandardCharsets.UTF_8))) {
      throw new MlsException("KeyPackage identity is not the thumbprint of its key");
    }
    return new VerifiedKeyPackage(
        bytes.clone(),
        key,
        thumbprint,
        Instant.ofEpochSecond(checked.notBefore()),
        checked.notAfter() < 0 ? Instant.MAX : Instant.ofEpochSecond(checked.notAfter()));
  }
}
