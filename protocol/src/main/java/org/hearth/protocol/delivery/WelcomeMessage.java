package org.hearth.protocol.delivery;

/**
 * The Welcome waiting for a newly added member.
 *
 * @param welcome the Welcome MLSMessage, base64url
 * @param seq the sequence number of the commit that added the member; read messages after it
 * @param epoch the epoch the member joins at
 */
public record WelcomeMessage(String welcome, long seq, long epoch) {}
