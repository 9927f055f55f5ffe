package org.hearth.server.instance;

import java.time.LocalDate;
import java.util.Objects;
import org.hearth.crypto.KeyThumbprint;

/**
 * One rotation of the instance key, oldest first in the chain.
 *
 * @param statement the compact JWS signed by the retired key that announces its successor
 */
public record KeyRotation(
    int index, KeyThumbprint old, KeyThumbprint next, String statement, LocalDate rotatedOn) {
  public KeyRotation {
    Objects.requireNonNull(old, "old");
    Objects.requireNonNull(next, "next");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(rotatedOn, "rotatedOn");
  }
}
