package org.hearth.federation;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id an origin instance gives one of its feed entries (a listed group or a resource): 1 to 64
 * URL-safe characters, unique per origin. Entries are identified across the federation by (origin
 * thumbprint, entry id).
 *
 * <p>Immutable and thread-safe.
 */
public record EntryId(String value) {
  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._~-]{1,64}");

  public EntryId {
    Objects.requireNonNull(value, "value");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("an entry id is 1 to 64 of A-Z a-z 0-9 . _ ~ -");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
