package org.hearth.client.keyring;

/**
 * The keyring cannot do what was asked; the message is written for the person at the keyboard.
 *
 * <p>Immutable and thread-safe.
 */
public final class KeyringException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, for callers that react differently. */
  public enum Reason {
    /** There is no keyring file yet. */
    MISSING,
    /** A keyring file is already there. */
    EXISTS,
    /** The passphrase does not open the file, or the file was altered. */
    WRONG_PASSPHRASE,
    /** The file is not a Hearth keyring, is damaged, or has a version this client cannot read. */
    UNREADABLE,
    /** The key asked for is not in the keyring. */
    NO_KEY,
    /** The key asked for was moved to another device. */
    MOVED,
    /** Another process holds the keyring's lock. */
    BUSY,
    /** An import would overwrite a key that is in use here. */
    CONFLICT,
    /** Reading or writing the file failed. */
    IO
  }

  private final Reason reason;

  public KeyringException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public KeyringException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
