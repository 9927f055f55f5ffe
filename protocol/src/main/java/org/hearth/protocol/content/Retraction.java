package org.hearth.protocol.content;

/** Its sender takes a message back. Placeholder. */
public record Retraction(MessageId id, String displayName, MessageId target) implements Content {}
