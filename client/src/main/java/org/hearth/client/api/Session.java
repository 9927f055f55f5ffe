package org.hearth.client.api;

import java.time.Instant;
import java.util.Objects;
import org.hearth.crypto.KeyThumbprint;

/**
 * A session on an instance: the bearer token, the key it belongs to and when it ends. The token
 * lives only in memory.
 *
 * <p>Immutable and thread-safe; {@link #toString()} never shows the token.
 */
public record Session(String token, KeyThumbprint subject, Instant expiresAt) {
  public Session {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** Whether the session still has at least {@code marginSeconds} to run at {@code now}. */
  public boolean isFresh(Instant now, long marginSeconds) {
    return now.plusSeconds(marginSeconds).isBefore(expiresAt);
  }

  @Override
  public String toString() {
    return "Session[" + subject + ", until " + expiresAt + "]";
  }
}
