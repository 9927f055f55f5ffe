package org.hearth.server.privacy;

/** What a member's erasure of their key does to a kind of record that names the key. */
public enum Erasure {
  /** Nothing names a member's key here. */
  NONE,
  /** Every row naming the key is deleted. */
  DELETE_ROWS,
  /**
   * Messages keep their place in the group's order (the sequence has no gaps) but lose their
   * ciphertext and author, as when the member deletes each one.
   */
  BLANK_MESSAGES,
  /** Admin keys are not a member's: they are revoked by another admin, never erased here. */
  ADMIN_ONLY
}
