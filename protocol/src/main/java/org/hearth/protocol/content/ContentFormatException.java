package org.hearth.protocol.content;

/**
 * Content that breaks Hearth's content format (docs/content-format.md): bytes that do not decode,
 * or fields outside their limits. The message says what is wrong in words a member can read, and it
 * is the same text the browser's implementation gives.
 */
public final class ContentFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ContentFormatException(String message) {
    super(message);
  }
}
