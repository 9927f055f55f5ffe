package org.hearth.protocol.content;

/**
 * The sender withdraws one of their own earlier messages (a post or a reaction); readers hide it.
 * Readers honour it only when its MLS sender is the target's sender (docs/content-format.md,
 * "Reading"); the format cannot check that, the MLS layer authenticates who sent what.
 *
 * @param id this retraction's id
 * @param displayName the sender's display name in this group
 * @param target the id of the message withdrawn
 */
public record Retraction(MessageId id, String displayName, MessageId target) implements Content {
  public Retraction {
    MessageId.required(id, "message id");
    TextField.DISPLAY_NAME.check(displayName);
    MessageId.required(target, "target");
  }

  /** Names the retraction without the sender's display name, which must never reach a log. */
  @Override
  public String toString() {
    return "Retraction[id=" + id.hex() + ", target=" + target.hex() + "]";
  }
}
