package org.hearth.federation.verify;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hearth.crypto.Ed25519PublicKey;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.crypto.jose.SignedDocumentIn;
import org.hearth.federation.FederationException;
import org.hearth.federation.FederationException.Reason;
import org.hearth.federation.InstanceDocument;
import org.hearth.federation.KnownPeer;
import org.hearth.federation.protocol.DocumentTypes;
import org.hearth.federation.protocol.InstanceDocumentCodec;
import org.hearth.federation.protocol.InstanceWire;
import org.hearth.federation.protocol.Json;
import org.hearth.federation.protocol.KeyRotationStatement;

/**
 * An instance document as fetched from {@code /.well-known/hearth-instance}, not yet trusted.
 *
 * <p>{@link #verifySelfSigned} is for first contact: the document must be signed by the key it
 * carries, and the admin then compares the fingerprint out of band. {@link #verifyFor} is for a
 * known peer: the document must be signed by the pinned key, or by a key the pinned key announced
 * through a chain of signed rotations; any other key change is refused.
 *
 * <p>Immutable and thread-safe.
 */
public final class InstanceDocumentIn {
  /** Longest well-known JSON read, in characters. */
  public static final int MAX_CHARS = 64 * 1024;

  private static final int MAX_DOCUMENT = InstanceWire.MAX_JWS;

  private final InstanceWire wire;
  private final SignedDocumentIn document;
  private final List<SignedDocumentIn> rotations;

  private InstanceDocumentIn(
      InstanceWire wire, SignedDocumentIn document, List<SignedDocumentIn> rotations) {
    this.wire = wire;
    this.document = document;
    this.rotations = rotations;
  }

  /**
   * Checks the form of the well-known JSON, not its signatures.
   *
   * @throws FederationException {@code MALFORMED}, {@code TOO_LARGE} or {@code UNSUPPORTED}
   */
  public static InstanceDocumentIn parse(String json) throws FederationException {
    InstanceWire wire =
        Json.read(json.getBytes(StandardCharsets.UTF_8), MAX_CHARS, InstanceWire::from);
    return of(wire);
  }

  /** Checks the form of an already-parsed well-known object, not its signatures. */
  public static InstanceDocumentIn of(InstanceWire wire) throws FederationException {
    List<SignedDocumentIn> rotations = new ArrayList<>();
    for (String r : wire.rotations()) {
      rotations.add(Failures.parse(r, MAX_DOCUMENT));
    }
    return new InstanceDocumentIn(wire, Failures.parse(wire.document(), MAX_DOCUMENT), rotations);
  }

  /** The compact JWS of the document, as received. */
  public String compactDocument() {
    return wire.document();
  }

  /**
   * Verifies a document from an instance not pinned yet: it must be signed by the key it carries.
   *
   * @throws FederationException {@code BAD_SIGNATURE}, {@code WRONG_KEY}, {@code MALFORMED} or
   *     {@code UNSUPPORTED}
   */
  public InstanceDocument verifySelfSigned() throws FederationException {
    // The key is inside the payload, which is read before the signature is checked only to learn
    // which key to check it with; the document is trusted only if that key signed it.
    InstanceDocument claimed = decode(Failures.peekPayload(wire.document()));
    return decode(Failures.verify(document, claimed.publicKey(), DocumentTypes.INSTANCE));
  }

  /**
   * Verifies a newer document of {@code known}, following signed key rotations from the pinned key,
   * and returns the updated trust record.
   *
   * @throws FederationException {@code UNANNOUNCED_KEY_CHANGE} if the signer is neither the pinned
   *     key nor announced by it; {@code STALE} if the document is older than the pinned one
   */
  public KnownPeer verifyFor(KnownPeer known, Instant now) throws FederationException {
    Ed25519PublicKey current = known.pinnedKey();
    for (SignedDocumentIn r : rotations) {
      if (!r.claimedSigner().equals(current.thumbprint())) {
        continue; // part of the chain before the key we pinned
      }
      byte[] payload = Failures.verify(r, current, DocumentTypes.KEY_ROTATION);
      KeyRotationStatement statement = Json.read(payload, MAX_DOCUMENT, KeyRotationStatement::from);
      if (!statement.old().equals(current.thumbprint())) {
        throw new FederationException(Reason.MALFORMED, "a rotation names another old key");
      }
      current = statement.newKey();
    }
    KeyThumbprint signer = document.claimedSigner();
    if (!signer.equals(current.thumbprint())) {
      throw new FederationException(
          Reason.UNANNOUNCED_KEY_CHANGE, "signed by a key the pinned key did not announce");
    }
    InstanceDocument doc = decode(Failures.verify(document, current, DocumentTypes.INSTANCE));
    if (!doc.publicKey().equals(current)) {
      throw new FederationException(Reason.WRONG_KEY, "the document carries another key");
    }
    boolean rotated = !current.equals(known.pinnedKey());
    if (!rotated && doc.issuedAt().isBefore(known.document().issuedAt())) {
      throw new FederationException(Reason.STALE, "older than the document already pinned");
    }
    return new KnownPeer(known.peerId(), doc, rotated ? now : known.pinnedAt());
  }

  private static InstanceDocument decode(byte[] payload) throws FederationException {
    InstanceDocument doc = Json.read(payload, MAX_DOCUMENT, InstanceDocumentCodec::decode);
    if (doc.protocolVersion() != InstanceDocument.PROTOCOL_VERSION) {
      throw new FederationException(Reason.UNSUPPORTED, "protocol version not spoken here");
    }
    return doc;
  }
}
