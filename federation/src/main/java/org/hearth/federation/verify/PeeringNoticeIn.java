package org.hearth.federation.verify;

import java.time.Instant;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.crypto.jose.SignedDocumentIn;
import org.hearth.federation.FederationException;
import org.hearth.federation.FederationException.Reason;
import org.hearth.federation.Peer;
import org.hearth.federation.PeerState;
import org.hearth.federation.protocol.DocumentTypes;
import org.hearth.federation.protocol.Json;
import org.hearth.federation.protocol.PeeringNotice;
import org.hearth.federation.spi.NonceStore;

/**
 * A peering notice (the other admin approved, declined, suspended, resumed or removed), not yet
 * trusted. It is accepted only from an instance this one has a peering with.
 *
 * <p>Immutable and thread-safe.
 */
public final class PeeringNoticeIn {
  private static final int MAX_CHARS = 4096;

  private final SignedDocumentIn notice;

  private PeeringNoticeIn(SignedDocumentIn notice) {
    this.notice = notice;
  }

  public static PeeringNoticeIn parse(String compact) throws FederationException {
    return new PeeringNoticeIn(Failures.parse(compact, MAX_CHARS));
  }

  /** The key the notice claims to be signed with: use it only to find the peering. */
  public KeyThumbprint claimedSender() {
    return notice.claimedSigner();
  }

  /**
   * Verifies the notice from {@code sender} and returns the peering as it changes.
   *
   * @throws FederationException {@code NOT_A_PEER}, {@code BAD_SIGNATURE}, {@code WRONG_KEY},
   *     {@code WRONG_AUDIENCE}, {@code STALE} or {@code REPLAYED}
   * @throws org.hearth.federation.IllegalPeerTransitionException if the notice does not fit the
   *     peering's state
   */
  public Peer verifyAndApply(
      Peer sender, KeyThumbprint self, Instant now, Freshness freshness, NonceStore nonces)
      throws FederationException {
    if (sender.state() == PeerState.REMOVED) {
      throw new FederationException(Reason.NOT_A_PEER, "no peering with this instance");
    }
    byte[] payload =
        Failures.verify(notice, sender.known().pinnedKey(), DocumentTypes.PEERING_NOTICE);
    PeeringNotice n = Json.read(payload, MAX_CHARS, PeeringNotice::from);
    if (!n.from().equals(sender.known().pinnedThumbprint())) {
      throw new FederationException(Reason.WRONG_KEY, "a notice about another sender");
    }
    if (!n.to().equals(self)) {
      throw new FederationException(Reason.WRONG_AUDIENCE, "a notice for another instance");
    }
    freshness.check(n.issuedAt(), now);
    if (!nonces.firstUse(n.from(), n.nonce(), freshness.nonceExpiry(n.issuedAt()))) {
      throw new FederationException(Reason.REPLAYED, "a notice seen before");
    }
    return switch (n.action()) {
      case APPROVE -> sender.remoteApproved(now);
      case DECLINE -> sender.remoteDeclined(now);
      case SUSPEND -> sender.suspend(now);
      case RESUME -> sender.resume(now);
      case REMOVE -> sender.remove(now);
    };
  }
}
