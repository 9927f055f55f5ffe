package org.hearth.crypto.mls;

/**
 * An MLS message or state was refused: malformed, badly signed, for another group or epoch, or not
 * allowed by RFC 9420. The message is safe to show to an operator; it never contains secrets.
 */
public class MlsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MlsException(String message) {
    super(message);
  }

  public MlsException(String message, Throwable cause) {
    super(message, cause);
  }
}
