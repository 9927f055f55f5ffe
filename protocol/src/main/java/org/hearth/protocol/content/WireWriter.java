package org.hearth.protocol.content;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Writes the TLS presentation language of RFC 9420 section 2.1, growing as it goes. */
final class WireWriter {
  private byte[] out = new byte[Padding.SMALLEST];
  private int length;

  int length() {
    return length;
  }

  void uint8(int value) {
    ensure(1);
    out[length++] = (byte) value;
  }

  void uint16(int value) {
    uint8(value >>> 8);
    uint8(value);
  }

  void fixed(byte[] bytes) {
    ensure(bytes.length);
    System.arraycopy(bytes, 0, out, length, bytes.length);
    length += bytes.length;
  }

  /** {@code opaque text<V>}: the UTF-8 bytes behind a varint length (RFC 9420 section 2.1.2). */
  void text(String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    varint(bytes.length);
    fixed(bytes);
  }

  /** {@code opaque data<V>}: the bytes behind a varint length. */
  void opaque(byte[] bytes) {
    varint(bytes.length);
    fixed(bytes);
  }

  /** {@code optional<T>} presence octet (RFC 9420 section 2.1.1). */
  void presence(boolean present) {
    uint8(present ? 1 : 0);
  }

  /** The written bytes followed by zeros up to {@code total}. */
  byte[] toArray(int total) {
    return Arrays.copyOf(out, total);
  }

  /** The shortest of the 1-, 2- and 4-byte forms, as RFC 9420 section 2.1.2 requires. */
  private void varint(int value) {
    if (value < 1 << 6) {
      uint8(value);
    } else if (value < 1 << 14) {
      uint16(0x4000 | value);
    } else {
      uint16(0x8000 | value >>> 16);
      uint16(value);
    }
  }

  private void ensure(int more) {
    if (out.length - length < more) {
      out = Arrays.copyOf(out, Math.max(2 * out.length, length + more));
    }
  }
}
