package org.hearth.protocol.delivery;

import java.util.List;

/**
 * Messages after a sequence number, oldest first.
 *
 * @param messages at most the page size asked for
 * @param latestSeq the newest sequence number in the group; more wait when it is beyond the last
 *     message of this page
 */
public record MessagePage(List<DeliveredMessage> messages, long latestSeq) {
  public MessagePage {
    messages = List.copyOf(messages);
  }
}
