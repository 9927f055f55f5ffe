package org.hearth.crypto.mls;

import org.hearth.crypto.Ed25519PublicKey;

/**
 * An application message whose content signature verified against its sender's leaf key in a
 * trusted epoch (RFC 9420 section 6.1): proof that the holder of {@code senderKey} sent {@code
 * applicationData} in {@code groupId} at {@code epoch}.
 *
 * @param groupId the group
 * @param epoch the epoch the message was sent in
 * @param sender the sender's leaf
 * @param senderKey the sender's signature key (their Hearth key for this group)
 * @param applicationData the content as signed
 */
public record VerifiedContent(
    GroupId groupId,
    long epoch,
    LeafIndex sender,
    Ed25519PublicKey senderKey,
    byte[] applicationData) {}
