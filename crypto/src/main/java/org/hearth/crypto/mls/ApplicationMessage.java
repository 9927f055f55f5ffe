package org.hearth.crypto.mls;

/**
 * A decrypted application message whose content signature verified (RFC 9420 section 6.3).
 *
 * @param sender the sender's leaf in the epoch's tree
 * @param plaintext the content, padding removed
 * @param evidence the signed content, which a member submits to report the message
 */
public record ApplicationMessage(LeafIndex sender, byte[] plaintext, ContentEvidenceIn evidence) {}
