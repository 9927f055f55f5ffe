package org.hearth.federation;

import java.time.Instant;
import java.util.Objects;
import org.hearth.crypto.KeyThumbprint;

/**
 * A peering with another instance and the admin's choices for it. Each change returns a new value
 * after checking that the state machine allows it:
 *
 * <pre>
 * PENDING_OUTGOING --remoteApproved--> ACTIVE    PENDING_OUTGOING --remoteDeclined--> DECLINED
 * PENDING_INCOMING --approve-->        ACTIVE    PENDING_INCOMING --decline-->        DECLINED
 * ACTIVE --suspend--> SUSPENDED --resume--> ACTIVE
 * any state but REMOVED --remove--> REMOVED
 * </pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param showPeersPeers whether entries this peer forwards from its own peers are accepted
 */
public record Peer(KnownPeer known, PeerState state, boolean showPeersPeers, Instant changedAt) {
  public Peer {
    Objects.requireNonNull(known, "known");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(changedAt, "changedAt");
  }

  /** This instance's admin asked {@code known} to peer. */
  public static Peer outgoing(KnownPeer known, Instant now) {
    return new Peer(known, PeerState.PENDING_OUTGOING, false, now);
  }

  /** {@code known} asked to peer; the request waits for the admin. */
  public static Peer incoming(KnownPeer known, Instant now) {
    return new Peer(known, PeerState.PENDING_INCOMING, false, now);
  }

  public KeyThumbprint id() {
    return known.peerId();
  }

  public boolean isActive() {
    return state == PeerState.ACTIVE;
  }

  public Peer approve(Instant now) {
    return move(PeerState.PENDING_INCOMING, PeerState.ACTIVE, "approve", now);
  }

  public Peer decline(Instant now) {
    return move(PeerState.PENDING_INCOMING, PeerState.DECLINED, "decline", now);
  }

  public Peer remoteApproved(Instant now) {
    return move(PeerState.PENDING_OUTGOING, PeerState.ACTIVE, "accept an approval for", now);
  }

  public Peer remoteDeclined(Instant now) {
    return move(PeerState.PENDING_OUTGOING, PeerState.DECLINED, "accept a decline for", now);
  }

  public Peer suspend(Instant now) {
    return move(PeerState.ACTIVE, PeerState.SUSPENDED, "suspend", now);
  }

  public Peer resume(Instant now) {
    return move(PeerState.SUSPENDED, PeerState.ACTIVE, "resume", now);
  }

  public Peer remove(Instant now) {
    if (state == PeerState.REMOVED) {
      throw new IllegalPeerTransitionException(state, "remove");
    }
    return new Peer(known, PeerState.REMOVED, showPeersPeers, now);
  }

  /** The admin's choice to accept (or not) entries this peer forwards from its peers. */
  public Peer withShowPeersPeers(boolean show) {
    return new Peer(known, state, show, changedAt);
  }

  /** The same peering with a newer trust record (a refreshed or rotated instance document). */
  public Peer withKnown(KnownPeer newer) {
    if (!newer.peerId().equals(known.peerId())) {
      throw new IllegalArgumentException("a trust record of another instance");
    }
    return new Peer(newer, state, showPeersPeers, changedAt);
  }

  private Peer move(PeerState from, PeerState to, String action, Instant now) {
    if (state != from) {
      throw new IllegalPeerTransitionException(state, action);
    }
    return new Peer(known, to, showPeersPeers, now);
  }
}
