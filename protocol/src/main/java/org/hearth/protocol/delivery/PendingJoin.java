package org.hearth.protocol.delivery;

/**
 * A join request waiting for a facilitator.
 *
 * @param id the request's id
 * @param thumbprint the requesting key's RFC 7638 thumbprint
 * @param keyPackage the KeyPackage to add, base64url; {@code null} when shown to the requester
 * @param createdAt when it was made, Unix seconds
 * @param expiresAt when it is dropped if nobody answers, Unix seconds
 */
public record PendingJoin(
    String id, String thumbprint, String keyPackage, long createdAt, long expiresAt) {}
