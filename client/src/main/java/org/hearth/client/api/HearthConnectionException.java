package org.hearth.client.api;

/**
 * The instance could not be reached, or answered something that is not Hearth's API (for example an
 * HTML page from a proxy). The message is one line for a person.
 *
 * <p>Immutable and thread-safe.
 */
public final class HearthConnectionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public HearthConnectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
