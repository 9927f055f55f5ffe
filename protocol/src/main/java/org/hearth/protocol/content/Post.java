package org.hearth.protocol.content;

/**
 * A message with text: either the first post of a thread, which has a title, or a reply in a
 * thread, which has none. Threads are flat: a reply names the thread's first post, never another
 * reply.
 *
 * @param id this post's id
 * @param displayName the sender's display name in this group
 * @param thread the id of the thread's first post, or {@code null} when this post starts a thread
 * @param title the thread's title when this post starts it, otherwise {@code null}
 * @param body the text, shown as plain text (never interpreted as markup)
 * @param contentWarning what readers are warned of before the body is shown, or {@code null}
 */
public record Post(
    MessageId id,
    String displayName,
    MessageId thread,
    String title,
    String body,
    String contentWarning)
    implements Content {
  /** At most this many characters (Unicode code points) in a thread's title. */
  public static final int MAX_TITLE_CHARS = 200;

  /** At most this many UTF-8 bytes in a body. */
  public static final int MAX_BODY_BYTES = 16_000;

  /** At most this many characters (Unicode code points) in a content warning. */
  public static final int MAX_CONTENT_WARNING_CHARS = 200;

  public Post {
    MessageId.required(id, "message id");
    TextField.DISPLAY_NAME.check(displayName);
    if (thread == null) {
      if (title == null) {
        throw new ContentFormatException("a post that starts a thread needs a title");
      }
      TextField.TITLE.check(title);
    } else if (title != null) {
      throw new ContentFormatException("a reply has no title");
    }
    TextField.BODY.check(body);
    if (contentWarning != null) {
      TextField.CONTENT_WARNING.check(contentWarning);
    }
  }

  /** Whether this post starts a thread (and so has a title). */
  public boolean startsThread() {
    return thread == null;
  }

  /** Names the post without its text, which must never reach a log. */
  @Override
  public String toString() {
    return "Post[id=" + id.hex() + (thread == null ? "" : ", thread=" + thread.hex()) + "]";
  }
}
