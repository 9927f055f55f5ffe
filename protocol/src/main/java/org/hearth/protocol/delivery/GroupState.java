package org.hearth.protocol.delivery;

/**
 * A group's current MLS epoch as the delivery service holds it.
 *
 * @param epoch the current epoch
 * @param groupInfo the epoch's GroupInfo MLSMessage (with ratchet tree and external_pub), base64url
 * @param members how many leaves the tree has
 * @param latestSeq the sequence number of the newest message, 0 when there is none
 */
public record GroupState(long epoch, String groupInfo, int members, long latestSeq) {}
