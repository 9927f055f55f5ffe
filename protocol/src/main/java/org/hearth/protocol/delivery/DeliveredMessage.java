package org.hearth.protocol.delivery;

/**
 * One message of a group's sequence, as fetched or followed live.
 *
 * @param seq its sequence number in the group: 1, 2, 3, … with no gaps
 * @param kind {@code commit}, {@code proposal} or {@code application}
 * @param epoch the epoch the message was sent in
 * @param sentAt when the server stored it, Unix seconds
 * @param data the MLSMessage, base64url; {@code null} once its sender deleted it
 * @param deleted whether its sender deleted it (clients hide it)
 */
public record DeliveredMessage(
    long seq, String kind, long epoch, long sentAt, String data, boolean deleted) {}
