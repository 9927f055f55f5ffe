package org.hearth.protocol.content;

/** What one application message says. Placeholder. */
public sealed interface Content permits Post, Reaction, Retraction {
  MessageId id();

  String displayName();
}
