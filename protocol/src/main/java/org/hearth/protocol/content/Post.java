package org.hearth.protocol.content;

/** A post; {@code thread == null} starts a thread and needs a title. Placeholder. */
public record Post(
    MessageId id,
    String displayName,
    MessageId thread,
    String title,
    String body,
    String contentWarning)
    implements Content {
  public Post {
    if (id == null || displayName == null || body == null) {
      throw new ContentFormatException("a post has an id, a display name and a body");
    }
    if (thread == null && (title == null || title.isBlank())) {
      throw new ContentFormatException("a post that starts a thread needs a title");
    }
    if (thread != null && title != null) {
      throw new ContentFormatException("a reply has no title");
    }
  }
}
