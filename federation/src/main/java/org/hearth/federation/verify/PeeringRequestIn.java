package org.hearth.federation.verify;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.crypto.jose.SignedDocumentIn;
import org.hearth.federation.FederationException;
import org.hearth.federation.FederationException.Reason;
import org.hearth.federation.InstanceDocument;
import org.hearth.federation.protocol.Digests;
import org.hearth.federation.protocol.DocumentTypes;
import org.hearth.federation.protocol.Json;
import org.hearth.federation.protocol.PeeringRequestPayload;
import org.hearth.federation.protocol.PeeringRequestWire;
import org.hearth.federation.spi.NonceStore;

/**
 * A peering request as posted to this instance's inbox, not yet trusted. It is the one thing
 * accepted from an instance that is not a peer, and it only ever creates a pending entry.
 *
 * <p>Immutable and thread-safe.
 */
public final class PeeringRequestIn {
  /** Longest peering request read, in characters. */
  public static final int MAX_CHARS = 80 * 1024;

  private final SignedDocumentIn request;
  private final InstanceDocumentIn instance;

  private PeeringRequestIn(SignedDocumentIn request, InstanceDocumentIn instance) {
    this.request = request;
    this.instance = instance;
  }

  /**
   * @throws FederationException {@code MALFORMED}, {@code TOO_LARGE} or {@code UNSUPPORTED}
   */
  public static PeeringRequestIn parse(String json) throws FederationException {
    PeeringRequestWire wire =
        Json.read(json.getBytes(StandardCharsets.UTF_8), MAX_CHARS, PeeringRequestWire::from);
    return new PeeringRequestIn(
        Failures.parse(wire.request(), MAX_CHARS), InstanceDocumentIn.of(wire.instance()));
  }

  /**
   * Verifies the request: signed by the key of the self-signed instance document it carries,
   * binding that document, addressed to {@code self}, fresh, and not replayed.
   *
   * @throws FederationException {@code BAD_SIGNATURE}, {@code WRONG_KEY}, {@code WRONG_AUDIENCE},
   *     {@code STALE}, {@code REPLAYED} or {@code MALFORMED}
   */
  public VerifiedPeeringRequest verify(
      KeyThumbprint self, Instant now, Freshness freshness, NonceStore nonces)
      throws FederationException {
    InstanceDocument doc = instance.verifySelfSigned();
    byte[] payload = Failures.verify(request, doc.publicKey(), DocumentTypes.PEERING_REQUEST);
    PeeringRequestPayload claims = Json.read(payload, MAX_CHARS, PeeringRequestPayload::from);
    if (!claims.from().equals(doc.thumbprint())
        || !claims.instanceDigest().equals(Digests.sha256(instance.compactDocument()))) {
      throw new FederationException(Reason.WRONG_KEY, "the request is not about its document");
    }
    if (!claims.to().equals(self)) {
      throw new FederationException(Reason.WRONG_AUDIENCE, "a request for another instance");
    }
    freshness.check(claims.issuedAt(), now);
    if (!nonces.firstUse(claims.from(), claims.nonce(), freshness.nonceExpiry(claims.issuedAt()))) {
      throw new FederationException(Reason.REPLAYED, "a peering request seen before");
    }
    return new VerifiedPeeringRequest(doc, claims.issuedAt());
  }
}
