package org.hearth.client.api;

import org.hearth.client.InstanceUrl;
import org.hearth.crypto.Ed25519PublicKey;
import org.hearth.crypto.Fingerprint;
import org.hearth.crypto.KeyThumbprint;

/**
 * The instance document at {@code /.well-known/hearth}, checked: the key is a valid Ed25519 JWK and
 * the stated thumbprint is the key's own.
 *
 * <p>Immutable and thread-safe.
 */
public record InstanceDocument(
    String name,
    String description,
    InstanceUrl baseUrl,
    Ed25519PublicKey publicKey,
    String softwareName,
    String softwareVersion) {

  public KeyThumbprint thumbprint() {
    return publicKey.thumbprint();
  }

  /** What admins read to each other to compare this instance's key out of band. */
  public Fingerprint fingerprint() {
    return Fingerprint.of(publicKey);
  }
}
