package org.hearth.server.delivery;

import org.hearth.crypto.KeyThumbprint;
import org.hearth.server.groups.GroupId;

/**
 * A port: whether a member may post application messages to a group right now. Moderation
 * implements it (a member muted by out-of-hours protection may not); the delivery service asks it
 * inside the transaction that would store the message.
 */
public interface SendGate {
  /**
   * Throws an {@link org.hearth.server.api.ApiException} when {@code sender} may not post to the
   * group now.
   */
  void checkMayPost(GroupId group, KeyThumbprint sender);
}
