package org.hearth.federation.verify;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.hearth.federation.FederationException;
import org.hearth.federation.FederationException.Reason;

/**
 * How far a signed time may be from this instance's clock, either way: requests, peering requests
 * and notices outside the window are refused as stale, and their nonces are remembered for as long
 * as they could be accepted.
 *
 * <p>Immutable and thread-safe.
 */
public record Freshness(Duration window) {
  /** Five minutes either way. */
  public static final Freshness DEFAULT = new Freshness(Duration.ofMinutes(5));

  public Freshness {
    Objects.requireNonNull(window, "window");
    if (window.isNegative() || window.isZero() || window.compareTo(Duration.ofHours(1)) > 0) {
      throw new IllegalArgumentException("a freshness window is up to an hour");
    }
  }

  /**
   * @throws FederationException {@code STALE} if {@code signedAt} is outside the window
   */
  void check(Instant signedAt, Instant now) throws FederationException {
    if (signedAt.isBefore(now.minus(window)) || signedAt.isAfter(now.plus(window))) {
      throw new FederationException(Reason.STALE, "signed outside the freshness window");
    }
  }

  /** Until when a nonce signed at {@code signedAt} must be remembered. */
  Instant nonceExpiry(Instant signedAt) {
    return signedAt.plus(window);
  }
}
