package org.hearth.crypto.mls;

/**
 * A position in the ratchet tree's leaves (RFC 9420 section 7.1, {@code uint32 leaf_index}); blank
 * leaves keep their index, so this is not a roster position.
 *
 * <p>Immutable and thread-safe.
 */
public record LeafIndex(int value) {
  public LeafIndex {
    if (value < 0) {
      throw new IllegalArgumentException("a leaf index is not negative");
    }
  }
}
