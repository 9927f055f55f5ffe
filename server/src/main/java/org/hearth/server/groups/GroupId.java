package org.hearth.server.groups;

import java.util.UUID;

/** A group's identifier on its home instance: a random UUID. */
public record GroupId(UUID value) {
  public static GroupId random() {
    return new GroupId(UUID.randomUUID());
  }

  /**
   * Reads an id from a path or form.
   *
   * @throws IllegalArgumentException if it is not a UUID
   */
  public static GroupId parse(String text) {
    if (text == null || text.length() != 36) {
      throw new IllegalArgumentException("a group id is a UUID");
    }
    return new GroupId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
