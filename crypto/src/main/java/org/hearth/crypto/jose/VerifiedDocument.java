package org.hearth.crypto.jose;

import java.util.Objects;
import org.hearth.crypto.KeyThumbprint;

/**
 * A document whose EdDSA signature was checked against the key the caller expected; only {@link
 * SignedDocumentIn#verify} makes one, after the JWS validation of RFC 7515 section 5.2.
 *
 * <p>Immutable and thread-safe.
 */
public final class VerifiedDocument {
  private final KeyThumbprint signer;
  private final DocumentType type;
  private final byte[] payload;

  VerifiedDocument(KeyThumbprint signer, DocumentType type, byte[] payload) {
    this.signer = Objects.requireNonNull(signer);
    this.type = Objects.requireNonNull(type);
    this.payload = payload.clone();
  }

  /** The thumbprint of the key that signed, which the caller chose to trust. */
  public KeyThumbprint signer() {
    return signer;
  }

  public DocumentType type() {
    return type;
  }

  /** A copy of the signed bytes. */
  public byte[] payload() {
    return payload.clone();
  }

  @Override
  public String toString() {
    return "VerifiedDocument[" + type + " by " + signer + ", " + payload.length + " bytes]";
  }
}
