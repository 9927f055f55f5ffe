package org.hearth.federation.verify;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hearth.federation.InstanceDocument;
import org.hearth.federation.KnownPeer;
import org.hearth.federation.Peer;
import org.hearth.federation.PeerState;

/**
 * A peering request whose signature, audience, freshness and nonce were checked: the asking
 * instance's self-signed document, for the admin to compare its fingerprint out of band.
 *
 * <p>Immutable and thread-safe.
 */
public record VerifiedPeeringRequest(InstanceDocument document, Instant issuedAt) {
  public VerifiedPeeringRequest {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(issuedAt, "issuedAt");
  }

  /**
   * What the request does to the existing peering with that instance (found by pinned key): none or
   * removed becomes a new pending-incoming entry; crossed requests (this instance had asked too)
   * make the peering active, as both admins chose it; any other state is left as it is, so a
   * request can never re-open a declined or suspended peering.
   */
  public Peer applyTo(Optional<Peer> existing, Instant now) {
    if (existing.isEmpty() || existing.get().state() == PeerState.REMOVED) {
      return Peer.incoming(KnownPeer.firstPin(document, now), now);
    }
    Peer peer = existing.get();
    if (!peer.known().pinnedThumbprint().equals(document.thumbprint())) {
      throw new IllegalArgumentException("the existing peering pins another key");
    }
    return peer.state() == PeerState.PENDING_OUTGOING ? peer.remoteApproved(now) : peer;
  }
}
