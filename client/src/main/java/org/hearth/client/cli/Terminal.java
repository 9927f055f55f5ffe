package org.hearth.client.cli;

import java.io.Console;

/**
 * Where passphrases are typed: the process's console without echo, or a stand-in in tests.
 *
 * <p>Implementations need not be thread-safe; one command asks at a time.
 */
interface Terminal {
  /** Whether a person can be asked. */
  boolean interactive();

  /** Reads a line without echo, or {@code null} at end of input. */
  char[] readSecret(String prompt);

  /** The system console, when the process has one. */
  static Terminal system() {
    return new Terminal() {
      @Override
      public boolean interactive() {
        return System.console() != null;
      }

      @Override
      public char[] readSecret(String prompt) {
        Console console = System.console();
        return console == null ? null : console.readPassword("%s", prompt);
      }
    };
  }

  /** No terminal: nobody can be asked. */
  static Terminal none() {
    return new Terminal() {
      @Override
      public boolean interactive() {
        return false;
      }

      @Override
      public char[] readSecret(String prompt) {
        return null;
      }
    };
  }
}
