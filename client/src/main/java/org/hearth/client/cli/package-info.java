/**
 * The {@code hearth} command line (picocli): each command opens the keyring, does one thing against
 * an instance through {@link org.hearth.client.api.HearthClient}, and reports in plain lines, with
 * a one-line message and a distinct exit code when something fails.
 *
 * <p>Only argument parsing, prompting and printing here: no HTTP, JSON or key handling of its own,
 * and never a stack trace for a person to read.
 */
package org.hearth.client.cli;
