package org.hearth.protocol.content;

/**
 * The padding buckets of docs/content-format.md, "Padding": 256 bytes, then powers of two up to 16
 * KiB, then multiples of 16 KiB. A server that sees a ciphertext learns only which bucket its
 * plaintext fell in.
 */
final class Padding {
  static final int SMALLEST = 256;
  static final int STEP = 16 * 1024;

  private Padding() {}

  /** The bucket an encoding of {@code length} bytes is padded to: the smallest that holds it. */
  static int bucket(int length) {
    if (length <= SMALLEST) {
      return SMALLEST;
    }
    if (length <= STEP) {
      return Integer.highestOneBit(length - 1) << 1;
    }
    return Math.addExact(length, STEP - 1) / STEP * STEP;
  }

  /** Whether {@code length} is one of the bucket sizes. */
  static boolean isBucket(int length) {
    return length >= SMALLEST && bucket(length) == length;
  }
}
