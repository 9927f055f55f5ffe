package org.hearth.federation;

/** How a listed group admits members, as its home instance enforces it. */
public enum JoinPolicy {
  /** Anyone may join by external commit. */
  OPEN,
  /** A facilitator approves each join request. */
  APPROVAL,
  /** An invite code from the NGO is needed. */
  INVITE
}
