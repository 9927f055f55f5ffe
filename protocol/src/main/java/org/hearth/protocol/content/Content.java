package org.hearth.protocol.content;

/**
 * One message's plaintext in Hearth's content format: what the sender's client encodes with {@link
 * ContentCodec} and encrypts as the application data of an MLS PrivateMessage. Every message
 * carries its own id and the sender's display name in this group (display names are per group, so a
 * member's groups stay unlinkable).
 *
 * <p>A value of this type has passed every field check of docs/content-format.md: the record
 * constructors refuse anything else with a {@link ContentFormatException}. What a reader does with
 * references to messages it never saw is a client rule, also in that document.
 */
public sealed interface Content permits Post, Reaction, Retraction, PrivateReply {
  /** At most this many characters (Unicode code points) in a display name. */
  int MAX_DISPLAY_NAME_CHARS = 64;

  /** This message's id, chosen at random by its sender. */
  MessageId id();

  /** The sender's display name in this group, as the sender chose it for this message. */
  String displayName();
}
