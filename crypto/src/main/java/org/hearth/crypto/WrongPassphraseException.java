package org.hearth.crypto;

/**
 * Sealed data did not open: the passphrase is wrong, or the data was altered (AES-GCM cannot tell
 * the two apart: NIST SP 800-38D section 7.2 returns only FAIL).
 *
 * <p>Immutable and thread-safe.
 */
public final class WrongPassphraseException extends Exception {
  private static final long serialVersionUID = 1L;

  public WrongPassphraseException() {
    super("wrong passphrase, or the sealed data was altered");
  }
}
