package org.hearth.protocol.content;

/** A reaction to a message. Placeholder. */
public record Reaction(MessageId id, String displayName, MessageId target, String emoji)
    implements Content {}
