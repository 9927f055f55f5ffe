package org.hearth.crypto;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A key fingerprint for people to compare out of band, for example an admin reading a peer
 * instance's key over the phone: the first 120 bits of the RFC 7638 SHA-256 thumbprint (section 3),
 * written as 24 characters of Crockford's base32 alphabet in six groups of four, such as {@code
 * 4F7Q-ZK2M-0XGA-HY9B-T3RD-8NWC}.
 *
 * <p>The alphabet ({@code 0-9 A-Z} without {@code I L O U}) has no pair that is easily confused in
 * print or speech; {@link #parse} reads what a person types leniently (case, spaces and hyphens are
 * ignored; {@code O} reads as {@code 0}, {@code I} and {@code L} as {@code 1}). 120 bits keep a
 * targeted second preimage, the only useful attack, far out of reach while staying short enough to
 * read aloud. Anyone holding the thumbprint can derive the fingerprint.
 *
 * <p>Immutable and thread-safe.
 */
public record Fingerprint(String value) {
  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final int GROUPS = 6;
  private static final int GROUP_LENGTH = 4;
  private static final int BYTES = GROUPS * GROUP_LENGTH * 5 / 8;
  private static final Pattern FORMAT =
      Pattern.compile("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){5}");

  /** Validates the canonical form: six hyphen-separated groups of four alphabet characters. */
  public Fingerprint {
    Objects.requireNonNull(value, "value");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("a fingerprint is six groups of four characters");
    }
  }

  /** The fingerprint of a key given by its thumbprint. */
  public static Fingerprint of(KeyThumbprint thumbprint) {
    byte[] digest = Base64Url.decode(thumbprint.value());
    StringBuilder out = new StringBuilder(GROUPS * (GROUP_LENGTH + 1));
    int buffer = 0;
    int bits = 0;
    int written = 0;
    for (int i = 0; i < BYTES; i++) {
      buffer = (buffer << 8) | (digest[i] & 0xff);
      bits += 8;
      while (bits >= 5) {
        bits -= 5;
        if (written > 0 && written % GROUP_LENGTH == 0) {
          out.append('-');
        }
        out.append(ALPHABET.charAt((buffer >>> bits) & 0x1f));
        written++;
      }
    }
    return new Fingerprint(out.toString());
  }

  /** The fingerprint of {@code key}. */
  public static Fingerprint of(Ed25519PublicKey key) {
    return of(key.thumbprint());
  }

  /**
   * Reads a fingerprint as a person typed it, ignoring case, spaces and hyphens and reading the
   * look-alikes {@code O}, {@code I}, {@code L} as the characters they resemble.
   *
   * @throws IllegalArgumentException if what remains is not 24 alphabet characters
   */
  public static Fingerprint parse(String typed) {
    if (typed.length() > 64) {
      throw new IllegalArgumentException("a fingerprint is six groups of four characters");
    }
    StringBuilder clean = new StringBuilder(GROUPS * (GROUP_LENGTH + 1));
    for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
      if (c == ' ' || c == '-') {
        continue;
      }
      char mapped = c == 'O' ? '0' : (c == 'I' || c == 'L') ? '1' : c;
      if (ALPHABET.indexOf(mapped) < 0) {
        throw new IllegalArgumentException("a fingerprint has no character '" + c + "'");
      }
      if (clean.length() % (GROUP_LENGTH + 1) == GROUP_LENGTH) {
        clean.append('-');
      }
      clean.append(mapped);
    }
    return new Fingerprint(clean.toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
