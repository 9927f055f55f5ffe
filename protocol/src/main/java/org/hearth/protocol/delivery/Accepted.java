package org.hearth.protocol.delivery;

/**
 * A message the delivery service has durably stored.
 *
 * @param seq its sequence number in the group
 * @param epoch the group's epoch after it (a commit's new epoch)
 */
public record Accepted(long seq, long epoch) {}
