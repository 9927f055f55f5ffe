package org.hearth.protocol.moderation;

/**
 * A facilitator opts in to e-mail notices for one group, or changes the address.
 *
 * @param address a plain address ({@code name@example.org}), at most 254 characters
 */
public record NotificationAddressRequest(String address) {}
