package org.hearth.crypto.jose;

import java.time.Instant;
import java.util.Objects;
import org.hearth.crypto.KeyThumbprint;

/**
 * A session, either just issued or verified from a bearer token: who (the member's key thumbprint),
 * which token ({@code jti}, for revocation) and when it stops being valid. {@code token} is the
 * compact JWT itself, a bearer secret: never log it. The fields are RFC 7519 section 4.1 claims.
 *
 * <p>Immutable and thread-safe.
 */
public record SessionToken(
    String token, KeyThumbprint subject, String jti, Instant issuedAt, Instant expiresAt) {
  public SessionToken {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(jti, "jti");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  @Override
  public String toString() {
    return "SessionToken[" + subject + ", jti " + jti + ", expires " + expiresAt + "]";
  }
}
