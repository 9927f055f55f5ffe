package org.hearth.crypto;

import java.util.Objects;

/**
 * A proof offered by someone else did not hold: a sign-in answer, a session token or a signed
 * document. The {@link Reason} is stable and may be mapped to an API error type; the message is for
 * logs and never contains key material or token contents. The reasons follow the checks of RFC 7515
 * section 5.2 (JWS validation) and RFC 7519 section 7.2 (JWT validation).
 *
 * <p>Immutable and thread-safe.
 */
public final class VerificationException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why a verification failed, stable across releases. */
  public enum Reason {
    /** The input is not in the expected syntax or exceeds a size bound. */
    MALFORMED,
    /** The algorithm, header or key type is not one this verifier accepts. */
    UNSUPPORTED,
    /** The input was meant for another audience (another instance). */
    WRONG_AUDIENCE,
    /** The validity period has ended. */
    EXPIRED,
    /** The validity period has not begun. */
    NOT_YET_VALID,
    /** The signature or MAC does not verify with the expected key. */
    BAD_SIGNATURE,
    /** The signer is not the one expected. */
    WRONG_KEY
  }

  private final Reason reason;

  public VerificationException(Reason reason, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public VerificationException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public Reason reason() {
    return reason;
  }
}
