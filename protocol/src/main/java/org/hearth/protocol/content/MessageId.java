package org.hearth.protocol.content;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The sender-chosen identifier of one message: 16 random bytes. Threads, reactions and retractions
 * name their target by it, since the server's sequence number is not known when a client encodes a
 * message and the server must not be able to redirect a reference. Immutable: the array is copied
 * in and out. Thread-safe.
 *
 * @param value exactly {@value #LENGTH} bytes
 */
public record MessageId(byte[] value) {
  /** The length of a message id in bytes. */
  public static final int LENGTH = 16;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final HexFormat HEX = HexFormat.of();

  public MessageId {
    if (value == null) {
      throw new ContentFormatException("message id is missing");
    }
    if (value.length != LENGTH) {
      throw new ContentFormatException(
          "message id must be " + LENGTH + " bytes, not " + value.length);
    }
    value = value.clone();
  }

  /** A fresh id from a cryptographically strong random source (128 bits: collisions are moot). */
  public static MessageId random() {
    byte[] value = new byte[LENGTH];
    RANDOM.nextBytes(value);
    return new MessageId(value);
  }

  /**
   * Parses the {@link #hex()} form.
   *
   * @param hex 32 hexadecimal digits, either case
   */
  public static MessageId fromHex(String hex) {
    Objects.requireNonNull(hex, "hex");
    if (hex.length() != 2 * LENGTH) {
      throw new ContentFormatException("message id must be " + 2 * LENGTH + " hex digits");
    }
    try {
      return new MessageId(HEX.parseHex(hex));
    } catch (IllegalArgumentException e) {
      throw new ContentFormatException("message id must be " + 2 * LENGTH + " hex digits");
    }
  }

  /** Returns {@code id}, refusing a missing one with "{@code what} is missing". */
  static MessageId required(MessageId id, String what) {
    if (id == null) {
      throw new ContentFormatException(what + " is missing");
    }
    return id;
  }

  @Override
  public byte[] value() {
    return value.clone();
  }

  /** The id as 32 lowercase hexadecimal digits, the form the browser client uses. */
  public String hex() {
    return HEX.formatHex(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MessageId other && Arrays.equals(value, other.value);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(value);
  }

  @Override
  public String toString() {
    return "MessageId[" + hex() + "]";
  }
}
