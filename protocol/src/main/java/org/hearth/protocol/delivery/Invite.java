package org.hearth.protocol.delivery;

/**
 * An invite code: it authorises one join request to one group, once. The server keeps only its
 * hash, so this is the only time it is shown.
 *
 * @param code the code to give to one person
 * @param expiresAt when it stops working, Unix seconds
 */
public record Invite(String code, long expiresAt) {}
