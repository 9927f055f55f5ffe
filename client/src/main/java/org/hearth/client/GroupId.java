package org.hearth.client;

import java.util.Objects;
import java.util.UUID;

/**
 * A group's identifier on its home instance (a UUID).
 *
 * <p>Immutable and thread-safe.
 */
public record GroupId(UUID value) {
  public GroupId {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Reads a group id as the API and the group pages show it.
   *
   * @throws IllegalArgumentException if it is not a UUID
   */
  public static GroupId parse(String text) {
    if (text == null || text.strip().length() != 36) {
      throw new IllegalArgumentException("a group id is a UUID like 3f2b…-…, 36 characters");
    }
    try {
      return new GroupId(UUID.fromString(text.strip()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("a group id is a UUID like 3f2b…-…, 36 characters");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
