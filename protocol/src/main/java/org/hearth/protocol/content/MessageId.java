package org.hearth.protocol.content;

import java.security.SecureRandom;
import java.util.HexFormat;

/** A message's 16-byte random id. Placeholder. */
public record MessageId(byte[] value) {
  private static final SecureRandom RANDOM = new SecureRandom();

  public MessageId {
    if (value == null || value.length != 16) {
      throw new ContentFormatException("a message id is 16 bytes");
    }
    value = value.clone();
  }

  public static MessageId random() {
    byte[] value = new byte[16];
    RANDOM.nextBytes(value);
    return new MessageId(value);
  }

  public static MessageId fromHex(String hex) {
    try {
      return new MessageId(HexFormat.of().parseHex(hex));
    } catch (IllegalArgumentException e) {
      throw new ContentFormatException("a message id is 32 hex digits");
    }
  }

  public String hex() {
    return HexFormat.of().formatHex(value);
  }

  @Override
  public byte[] value() {
    return value.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MessageId m && java.util.Arrays.equals(value, m.value);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(value);
  }

  @Override
  public String toString() {
    return hex();
  }
}
