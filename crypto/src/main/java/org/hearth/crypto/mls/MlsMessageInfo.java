package org.hearth.crypto.mls;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The unverified public framing of an MLSMessage (RFC 9420 section 6).
 *
 * @param wireFormat the wire format
 * @param groupId the group, for framed messages and GroupInfo
 * @param epoch the epoch, for framed messages and GroupInfo
 * @param contentType for framed messages; NONE otherwise
 * @param sender a PublicMessage's member sender
 * @param externalJoin whether a PublicMessage comes from a new member (external commit)
 * @param addedKeyPackages KeyPackages of Add proposals carried by value
 * @param removedLeaves leaves of Remove proposals carried by value
 * @param proposalReferences number of proposals a commit names by reference
 * @param hasUpdatePath whether a commit carries an UpdatePath
 */
public record MlsMessageInfo(
    WireFormat wireFormat,
    Optional<GroupId> groupId,
    OptionalLong epoch,
    ContentType contentType,
    Optional<LeafIndex> sender,
    boolean externalJoin,
    List<byte[]> addedKeyPackages,
    List<LeafIndex> removedLeaves,
    int proposalReferences,
    boolean hasUpdatePath) {
  public MlsMessageInfo {
    addedKeyPackages = List.copyOf(addedKeyPackages);
    removedLeaves = List.copyOf(removedLeaves);
  }
}
