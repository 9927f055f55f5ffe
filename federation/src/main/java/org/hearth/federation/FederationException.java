package org.hearth.federation;

import java.util.Objects;

/**
 * Input from another instance was refused. The {@link Reason} is stable and maps to an API error
 * type; the message is for logs and never carries key material or document contents.
 *
 * <p>Immutable and thread-safe.
 */
public final class FederationException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why input was refused, stable across releases. */
  public enum Reason {
    /** Not the expected syntax, or a field breaks its rules. */
    MALFORMED,
    /** Over a size bound: bytes, entries or field length. */
    TOO_LARGE,
    /** A protocol version or document type this instance does not speak. */
    UNSUPPORTED,
    /** A signature does not verify. */
    BAD_SIGNATURE,
    /** Signed by a key other than the one pinned or named. */
    WRONG_KEY,
    /** A feed entry's signer is not the origin it names, or the origin is not as listed. */
    WRONG_ORIGIN,
    /** Addressed to another instance. */
    WRONG_AUDIENCE,
    /** Outside the freshness window, or older than what was already accepted. */
    STALE,
    /** A nonce seen before. */
    REPLAYED,
    /** From an instance that is not an active peer. */
    NOT_A_PEER,
    /** A known peer's key changed without a rotation signed by the pinned key. */
    UNANNOUNCED_KEY_CHANGE
  }

  private final Reason reason;

  public FederationException(Reason reason, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public FederationException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public Reason reason() {
    return reason;
  }
}
