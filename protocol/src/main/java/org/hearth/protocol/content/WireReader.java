package org.hearth.protocol.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the TLS presentation language of RFC 9420 section 2.1 from untrusted bytes: every length is
 * checked against what is left and against the field's limit before anything is copied, and vector
 * lengths must use the shortest varint form (RFC 9420 section 2.1.2).
 */
final class WireReader {
  private final byte[] in;
  private int position;

  WireReader(byte[] in) {
    this.in = in;
  }

  int position() {
    return position;
  }

  int uint8(String what) {
    need(1, what);
    return in[position++] & 0xff;
  }

  int uint16(String what) {
    need(2, what);
    int value = (in[position] & 0xff) << 8 | in[position + 1] & 0xff;
    position += 2;
    return value;
  }

  byte[] fixed(int count, String what) {
    need(count, what);
    byte[] bytes = Arrays.copyOfRange(in, position, position + count);
    position += count;
    return bytes;
  }

  /** {@code optional<T>} presence octet (RFC 9420 section 2.1.1). */
  boolean presence(String what) {
    int flag = uint8(what);
    if (flag > 1) {
      throw new ContentFormatException(
          "presence flag of " + what + " is " + flag + ", must be 0 or 1");
    }
    return flag == 1;
  }

  /** {@code opaque text<V>} holding UTF-8, at most {@code field.maxEncodedBytes()} long. */
  String text(TextField field) {
    int count = varint(field.label());
    if (count > field.maxEncodedBytes()) {
      throw field.refuse("is too long: " + count + " bytes, at most " + field.maxEncodedBytes());
    }
    byte[] bytes = fixed(count, field.label());
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw field.refuse("is not valid UTF-8");
    }
  }

  /**
   * {@code opaque data<V>} of at most {@code max} bytes, checked before anything is read, with the
   * words a field's own check would use.
   */
  byte[] opaque(String what, int max) {
    int count = varint(what);
    if (count > max) {
      throw new ContentFormatException(what + " is too long: " + count + " bytes, at most " + max);
    }
    return fixed(count, what);
  }

  private int varint(String what) {
    int first = uint8("length of " + what);
    int prefix = first >>> 6;
    int value = first & 0x3f;
    if (prefix == 3) {
      throw new ContentFormatException("length of " + what + " has the invalid varint prefix 0b11");
    }
    int more = (1 << prefix) - 1;
    for (int i = 0; i < more; i++) {
      value = value << 8 | uint8("length of " + what);
    }
    if (prefix == 1 && value < 1 << 6 || prefix == 2 && value < 1 << 14) {
      throw new ContentFormatException("length of " + what + " is not minimally encoded");
    }
    return value;
  }

  private void need(int count, String what) {
    if (in.length - position < count) {
      throw new ContentFormatException("content ends inside " + what);
    }
  }
}
