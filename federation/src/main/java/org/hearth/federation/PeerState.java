package org.hearth.federation;

/**
 * Where a peering stands. Only {@link #ACTIVE} peers' feeds, notices and requests are accepted;
 * {@link #REMOVED} is final (a later request starts a new peering).
 */
public enum PeerState {
  /** This instance asked; the other has not answered. */
  PENDING_OUTGOING,
  /** The other instance asked; this instance's admin has not answered. */
  PENDING_INCOMING,
  ACTIVE,
  SUSPENDED,
  DECLINED,
  REMOVED
}
