package org.hearth.federation;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A single-use value in a signed request, peering request or notice: 22 to 64 base64url characters
 * (at least 128 bits when made by {@link #random()}).
 *
 * <p>Immutable and thread-safe.
 */
public record Nonce(String value) {
  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{22,64}");
  private static final SecureRandom RANDOM = new SecureRandom();

  public Nonce {
    Objects.requireNonNull(value, "value");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("a nonce is 22 to 64 base64url characters");
    }
  }

  /** A fresh nonce of 16 random bytes. */
  public static Nonce random() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return new Nonce(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  @Override
  public String toString() {
    return value;
  }
}
