package org.hearth.server.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.hearth.server.platform.ClusterNotices;

/**
 * Tells every node sharing a PostgreSQL database that a group has a new message ({@link
 * ClusterNotices}): each node then lets its live followers of the group read from the database. On
 * the embedded database there is one node and nothing to do.
 *
 * <p>The notice carries only the group id and sequence number, never content.
 */
@ApplicationScoped
class ClusterSignals {
  @Inject ClusterNotices notices;
  @Inject LiveDelivery live;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    // Notices missed while the node was not listening: every live stream reads what it lacks.
    notices.subscribe(
        ClusterNotices.Channel.DELIVERY,
        this::received,
        () -> live.all().forEach(Follower::catchUp));
  }

  /** Within the storing transaction: tells the other nodes, once it commits. */
  void messageStored(String groupId, long seq) {
    notices.send(ClusterNotices.Channel.DELIVERY, groupId + ":" + seq);
  }

  private void received(String payload) {
    int colon = payload.lastIndexOf(':');
    if (colon <= 0) {
      return;
    }
    try {
      live.nudge(payload.substring(0, colon), Long.parseLong(payload.substring(colon + 1)));
    } catch (NumberFormatException e) {
      // not a notice of Hearth's
    }
  }
}
