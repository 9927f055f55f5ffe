package org.hearth.client.api;

/** How people join a group (the server's {@code joinPolicy}). */
public enum JoinPolicy {
  /** Anyone joins by external commit, with nobody online. */
  OPEN,
  /** A facilitator approves each join request. */
  APPROVAL,
  /** Only with an invite token from a facilitator, then as approval. */
  INVITE_ONLY
}
