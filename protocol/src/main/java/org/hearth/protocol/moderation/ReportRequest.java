package org.hearth.protocol.moderation;

/**
 * A member's report of one application message of the group.
 *
 * @param seq the message's sequence number in the group
 * @param evidence the message's AuthenticatedContent (RFC 9420 section 6) as the reporter's client
 *     decrypted it, base64url: the signed content with the sender's leaf, epoch and group
 * @param reason one of HARASSMENT, HATE, THREAT, SELF_HARM, PRIVACY, SPAM, OTHER
 * @param note an optional note for the facilitators, at most 500 characters
 * @param replyKey optional: a fresh X25519 public key (32 bytes, base64url) the reporter's client
 *     made for this report, to which facilitators may encrypt a private reply (docs/reports.md)
 */
public record ReportRequest(
    Long seq, String evidence, String reason, String note, String replyKey) {}
