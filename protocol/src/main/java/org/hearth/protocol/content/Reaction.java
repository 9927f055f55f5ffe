package org.hearth.protocol.content;

/**
 * An emoji reaction to a post. A sender takes their reaction back with a {@link Retraction} of this
 * reaction's id.
 *
 * @param id this reaction's id
 * @param displayName the sender's display name in this group
 * @param target the id of the post reacted to
 * @param emoji the reaction, meant to be one emoji (possibly several code points joined)
 */
public record Reaction(MessageId id, String displayName, MessageId target, String emoji)
    implements Content {
  /** At most this many UTF-8 bytes in an emoji: room for joined sequences such as families. */
  public static final int MAX_EMOJI_BYTES = 32;

  public Reaction {
    MessageId.required(id, "message id");
    TextField.DISPLAY_NAME.check(displayName);
    MessageId.required(target, "target");
    TextField.EMOJI.check(emoji);
  }

  /** Names the reaction without its text, which must never reach a log. */
  @Override
  public String toString() {
    return "Reaction[id=" + id.hex() + ", target=" + target.hex() + "]";
  }
}
