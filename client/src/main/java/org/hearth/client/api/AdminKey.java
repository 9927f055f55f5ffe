package org.hearth.client.api;

import java.time.LocalDate;
import org.hearth.crypto.Fingerprint;
import org.hearth.crypto.KeyThumbprint;

/**
 * An admin key as the instance lists it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param revokedOn {@code null} while the key is active
 */
public record AdminKey(
    KeyThumbprint thumbprint, Fingerprint fingerprint, LocalDate addedOn, LocalDate revokedOn) {
  public boolean isActive() {
    return revokedOn == null;
  }
}
