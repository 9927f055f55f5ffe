package org.hearth.crypto.mls;

import org.hearth.crypto.Ed25519PublicKey;
import org.hearth.crypto.KeyThumbprint;

/**
 * An occupied leaf of a group's ratchet tree: where the member sits, their signature key and the
 * credential identity (the key's RFC 7638 thumbprint in Hearth groups).
 *
 * <p>Immutable and thread-safe.
 */
public record Member(LeafIndex leaf, Ed25519PublicKey signatureKey, String identity) {
  /** Whether the credential identity is the thumbprint of the signature key, as Hearth requires. */
  public boolean identityMatchesKey() {
    KeyThumbprint thumbprint = signatureKey.thumbprint();
    return thumbprint.value().equals(identity);
  }
}
