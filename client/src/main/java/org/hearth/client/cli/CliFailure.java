package org.hearth.client.cli;

/**
 * A command cannot go on, for a reason the person can fix; the message is one line.
 *
 * <p>Immutable and thread-safe.
 */
final class CliFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CliFailure(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
