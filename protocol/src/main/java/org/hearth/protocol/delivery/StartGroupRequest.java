package org.hearth.protocol.delivery;

/**
 * The facilitator's client starts a group's MLS state with its epoch-0 GroupInfo.
 *
 * @param groupInfo the GroupInfo MLSMessage with the ratchet_tree and external_pub extensions,
 *     base64url
 */
public record StartGroupRequest(String groupInfo) {}
