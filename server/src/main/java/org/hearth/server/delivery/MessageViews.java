package org.hearth.server.delivery;

import org.hearth.protocol.delivery.DeliveredMessage;

/** Builds the wire view of stored messages. */
final class MessageViews {
  private MessageViews() {}

  static DeliveredMessage of(MessageEntity m) {
    return new DeliveredMessage(
        m.seq, m.kind.wireName(), m.epoch, m.sentAt, Wire.encode(m.data), m.deleted);
  }
}
