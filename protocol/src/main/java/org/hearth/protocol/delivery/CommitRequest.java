package org.hearth.protocol.delivery;

/**
 * A commit with the GroupInfo of the epoch it makes, and the Welcome for members it adds.
 *
 * @param commit the Commit as an MLSMessage (PublicMessage), base64url
 * @param groupInfo the new epoch's GroupInfo MLSMessage with ratchet tree and external_pub,
 *     base64url
 * @param welcome the Welcome MLSMessage when the commit adds members, otherwise {@code null}
 */
public record CommitRequest(String commit, String groupInfo, String welcome) {}
