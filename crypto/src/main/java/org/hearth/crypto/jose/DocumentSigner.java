package org.hearth.crypto.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import java.util.Objects;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.KeyThumbprint;

/**
 * Signs documents (instance documents, federation feeds, feed entries) as compact JWS with {@code
 * alg} "EdDSA" over Ed25519 (RFC 7515 section 7.1, RFC 8037 section 3.1). The header is exactly
 * {@code alg}, {@code kid} = the signer's RFC 7638 thumbprint, and {@code typ} = the {@link
 * DocumentType}.
 *
 * <p>Thread-safe; it holds the key pair, which the caller destroys when done.
 */
public final class DocumentSigner {
  private final KeyThumbprint kid;
  private final JWSSigner signer;

  public DocumentSigner(Ed25519KeyPair key) {
    this.kid = key.publicKey().thumbprint();
    this.signer = EdDsaJws.signer(key);
  }

  /** The signer's thumbprint, written as {@code kid} into every signature. */
  public KeyThumbprint keyId() {
    return kid;
  }

  /** Signs {@code payload} (typically UTF-8 JSON, at most 1 MiB once encoded) as a {@code type}. */
  public String sign(DocumentType type, byte[] payload) {
    Objects.requireNonNull(type, "type");
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.EdDSA)
            .keyID(kid.value())
            .type(new JOSEObjectType(type.value()))
            .build();
    JWSObject jws = new JWSObject(header, new Payload(payload.clone()));
    try {
      jws.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("Ed25519 signing failed", e);
    }
    String compact = jws.serialize();
    if (compact.length() > SignedDocumentIn.MAX_LENGTH) {
      throw new IllegalArgumentException("the signed document would exceed the size bound");
    }
    return compact;
  }
}
