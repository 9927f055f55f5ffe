package org.hearth.crypto.mls;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An MLS group id (RFC 9420 section 8.1, {@code opaque group_id<V>}). Hearth makes them 16 random
 * bytes; ids from other implementations may be 1 to 255 bytes.
 *
 * <p>Immutable and thread-safe.
 */
public final class GroupId {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int MAX_LENGTH = 255;

  private final byte[] value;

  private GroupId(byte[] value) {
    this.value = value;
  }

  /** A fresh random 16-byte id. */
  public static GroupId random() {
    byte[] id = new byte[16];
    RANDOM.nextBytes(id);
    return new GroupId(id);
  }

  /**
   * @throws IllegalArgumentException if empty or longer than 255 bytes
   */
  public static GroupId of(byte[] value) {
    if (value.length == 0 || value.length > MAX_LENGTH) {
      throw new IllegalArgumentException("a group id is 1 to 255 bytes");
    }
    return new GroupId(value.clone());
  }

  public byte[] bytes() {
    return value.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GroupId id && Arrays.equals(value, id.value);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(value);
  }

  @Override
  public String toString() {
    return HexFormat.of().formatHex(value);
  }
}
