package org.hearth.protocol.delivery;

/**
 * A request to join an approval or invite-only group.
 *
 * @param keyPackage a KeyPackage MLSMessage made with the requesting key, base64url
 * @param inviteCode the invite code for an invite-only group, otherwise {@code null}
 */
public record JoinRequest(String keyPackage, String inviteCode) {}
