package org.hearth.protocol.moderation;

/**
 * A report as facilitators and admins see it; the reporter is never named.
 *
 * @param id the report's id
 * @param groupId the group
 * @param seq the reported message's sequence number
 * @param epoch the epoch it was sent in
 * @param accused the sender's key thumbprint, as the signature proved it
 * @param content the reported message's application data (the content format), base64url
 * @param verification VERIFIED when the evidence verifies now against the epoch's kept GroupInfo,
 *     EPOCH_GONE when that GroupInfo has been purged since (it verified when it was filed)
 * @param reason why it was reported
 * @param note the reporter's note, or {@code null}
 * @param state OPEN, ESCALATED, REVIEWED or DISMISSED
 * @param createdAt when it was filed, Unix seconds rounded down to the minute
 * @param expiresAt when it is deleted, Unix seconds
 * @param replyKey the reporter's public key for a private reply (base64url), or {@code null} when
 *     the report carries none
 */
public record ReportView(
    String id,
    String groupId,
    long seq,
    long epoch,
    String accused,
    String content,
    String verification,
    String reason,
    String note,
    String state,
    long createdAt,
    long expiresAt,
    String replyKey) {}
