package org.hearth.bench;

/**
 * One simulated member in the closed loop: once started it sends a message, and its next one only
 * when the previous came back to it over its own live connection (the same rule for every server),
 * until stopped.
 *
 * <p>Thread-safe.
 */
public interface ChatMember {
  /** Starts sending. */
  void start();

  /** Stops sending and closes the member's connections. */
  void stop();
}
