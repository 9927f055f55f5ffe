package org.hearth.crypto.mls;

/** What {@link MlsMember#handle} did with a handshake message (RFC 9420 section 12.4.2). */
public enum Handled {
  /** A proposal was verified and kept for the next commit. */
  PROPOSAL_STORED,
  /** Another member's commit was verified and applied: the member is in the next epoch. */
  EPOCH_ADVANCED,
  /** An authentic commit removed this member: the state is finished and must be deleted. */
  REMOVED
}
