package org.hearth.federation.protocol;

import java.time.Instant;
import java.util.List;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.Ed25519PublicKey;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.crypto.jose.DocumentSigner;
import org.hearth.federation.FeedKind;
import org.hearth.federation.InstanceDocument;
import org.hearth.federation.Nonce;

/**
 * Signs what this instance sends to others with its instance key: its instance document, key
 * rotations, peering requests and notices, change notices and the {@value RequestClaims#HEADER}
 * header of every server-to-server call.
 *
 * <p>Thread-safe; it holds the instance key, which the caller destroys when done.
 */
public final class InstanceSigner {
  private final DocumentSigner signer;
  private final Ed25519PublicKey publicKey;

  public InstanceSigner(Ed25519KeyPair key) {
    this.signer = new DocumentSigner(key);
    this.publicKey = key.publicKey();
  }

  public KeyThumbprint thumbprint() {
    return signer.keyId();
  }

  /** Signs {@code doc}, which must carry this signer's public key. */
  public String signInstanceDocument(InstanceDocument doc) {
    if (!doc.publicKey().equals(publicKey)) {
      throw new IllegalArgumentException("an instance document carries its signer's key");
    }
    return signer.sign(DocumentTypes.INSTANCE, Json.canonical(InstanceDocumentCodec.encode(doc)));
  }

  /** The well-known document: {@code doc} signed, with the rotations leading to this key. */
  public InstanceWire instanceWire(InstanceDocument doc, List<String> rotations) {
    return new InstanceWire(signInstanceDocument(doc), rotations);
  }

  /** Announces, under this (old) key, that {@code newKey} replaces it. */
  public String signRotation(Ed25519PublicKey newKey, Instant now) {
    return signer.sign(
        DocumentTypes.KEY_ROTATION, new KeyRotationStatement(thumbprint(), newKey, now).toBytes());
  }

  /** Asks {@code to} to peer, presenting {@code instance} (this instance's well-known document). */
  public PeeringRequestWire signPeeringRequest(
      KeyThumbprint to, InstanceWire instance, Instant now) {
    PeeringRequestPayload payload =
        new PeeringRequestPayload(
            thumbprint(), to, Digests.sha256(instance.document()), Nonce.random(), now);
    return new PeeringRequestWire(
        signer.sign(DocumentTypes.PEERING_REQUEST, payload.toBytes()), instance);
  }

  public String signPeeringNotice(KeyThumbprint to, PeeringNotice.Action action, Instant now) {
    PeeringNotice notice = new PeeringNotice(thumbprint(), to, action, Nonce.random(), now);
    return signer.sign(DocumentTypes.PEERING_NOTICE, notice.toBytes());
  }

  public String signChangeNotice(KeyThumbprint to, FeedKind<?> feed, long sequence, Instant now) {
    ChangeNotice notice = new ChangeNotice(thumbprint(), to, feed, sequence, now);
    return signer.sign(DocumentTypes.CHANGE_NOTICE, notice.toBytes());
  }

  /**
   * The {@value RequestClaims#HEADER} header value for a call to {@code audience}.
   *
   * @param pathAndQuery the request target as sent, such as {@code /federation/v1/inbox}
   */
  public String signRequest(
      String method, String pathAndQuery, byte[] body, KeyThumbprint audience, Instant now) {
    RequestClaims claims =
        new RequestClaims(
            method,
            pathAndQuery,
            Digests.sha256(body),
            body.length,
            now,
            Nonce.random(),
            thumbprint(),
            audience);
    return signer.sign(DocumentTypes.REQUEST, claims.toBytes());
  }

  /** The signer for feeds and entries, with the same key. */
  public FeedSigner feeds() {
    return new FeedSigner(signer);
  }
}
