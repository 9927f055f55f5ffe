package org.hearth.protocol.content;

/** Content that does not follow the format. Placeholder. */
public final class ContentFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ContentFormatException(String message) {
    super(message);
  }
}
