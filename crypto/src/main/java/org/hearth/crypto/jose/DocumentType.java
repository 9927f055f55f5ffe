package org.hearth.crypto.jose;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a signed document is, carried in the JWS {@code typ} header (RFC 7515 section 4.1.9) so a
 * signature over one kind of document can never be accepted as another (RFC 8725 section 3.11).
 * Values are short lowercase media-type names such as {@code hearth-instance+jws}; the federation
 * module defines them.
 *
 * <p>Immutable and thread-safe.
 */
public record DocumentType(String value) {
  private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9.+-]{0,63}");

  public DocumentType {
    Objects.requireNonNull(value, "value");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("a document type is 1 to 64 of a-z 0-9 . + -");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
