package org.hearth.protocol.delivery;

/**
 * A facilitator asks for an invite code.
 *
 * @param validHours how long the code stays valid, 1 to 336 hours; {@code null} for 72
 */
public record InviteRequest(Integer validHours) {}
