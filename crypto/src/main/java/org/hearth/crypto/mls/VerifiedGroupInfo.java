package org.hearth.crypto.mls;

import java.util.List;

/**
 * A GroupInfo whose signature, tree hash, parent hashes and leaf signatures verified.
 *
 * @param groupInfo the MLSMessage bytes
 * @param groupId the group
 * @param epoch the epoch it describes
 * @param members the occupied leaves of its tree
 */
public record VerifiedGroupInfo(
    byte[] groupInfo, GroupId groupId, long epoch, List<Member> members) {}
