package org.hearth.federation;

/**
 * A peering state change that the state machine does not allow, such as approving an active peer or
 * resuming a removed one.
 */
public final class IllegalPeerTransitionException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final PeerState from;
  private final String action;

  public IllegalPeerTransitionException(PeerState from, String action) {
    super("cannot " + action + " a peer that is " + from);
    this.from = from;
    this.action = action;
  }

  public PeerState from() {
    return from;
  }

  public String action() {
    return action;
  }
}
