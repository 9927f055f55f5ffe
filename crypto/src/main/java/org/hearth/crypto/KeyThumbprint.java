package org.hearth.crypto;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An RFC 7638 JWK thumbprint (SHA-256, base64url without padding): the identifier of a member in a
 * group and of an instance.
 *
 * <p>Immutable and thread-safe.
 */
public record KeyThumbprint(String value) {
  // The last of 43 characters carries 4 bits and 2 zero bits, so only 16 letters are canonical.
  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]");

  /**
   * Validates the form: 43 base64url characters, the canonical encoding of 32 bytes, so that two
   * thumbprints are equal exactly when their digests are.
   */
  public KeyThumbprint {
    Objects.requireNonNull(value, "value");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("a key thumbprint is 43 base64url characters");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
