package org.hearth.client.cli;

/** The exit codes of {@code hearth}, stable for scripts. */
final class ExitCodes {
  static final int OK = 0;

  /** The instance refused the request (an RFC 9457 problem). */
  static final int REFUSED = 1;

  /** The command line was wrong (picocli's usage code). */
  static final int USAGE = 2;

  /** The keyring could not be opened, read or written, or holds no usable key. */
  static final int KEYRING = 3;

  /** The instance could not be reached or did not speak Hearth's API. */
  static final int UNREACHABLE = 4;

  /**
   * The group's state here does not allow it: not a member (yet), a join request waiting, removed,
   * or the group kept changing while the command tried.
   */
  static final int GROUP = 5;

  /** A bug in this client (EX_SOFTWARE). */
  static final int SOFTWARE = 70;

  private ExitCodes() {}
}
