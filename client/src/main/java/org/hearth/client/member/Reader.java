package org.hearth.client.member;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.hearth.client.api.Following;
import org.hearth.client.api.GroupDelivery;
import org.hearth.client.api.HearthApiException;
import org.hearth.client.member.MemberState.Phase;
import org.hearth.protocol.delivery.DeliveredMessage;
import org.hearth.protocol.delivery.MessagePage;

/**
 * A member reading its group: pages of messages after the last one seen, or the live stream, each
 * message processed by the {@link Inbox} in sequence order; the state is saved before the events
 * reach the sink.
 *
 * <p>Thread-safe: the member's state is changed under the member's lock, HTTP calls outside it.
 */
final class Reader {
  private final GroupMember member;
  private final GroupDelivery delivery;
  private final Consumer<GroupEvent> sink;

  Reader(GroupMember member, GroupDelivery delivery, Consumer<GroupEvent> sink) {
    this.member = member;
    this.delivery = delivery;
    this.sink = sink;
  }

  /** Reads until the last message seen is at least {@code target} or the latest there is. */
  List<GroupEvent> syncTo(long target) {
    List<GroupEvent> all = new ArrayList<>();
    while (true) {
      long after;
      synchronized (member) {
        member.requireMember();
        after = member.state().lastSeen();
      }
      if (after >= target) {
        return all;
      }
      MessagePage page;
      try {
        page = delivery.messages(after, GroupMember.PAGE);
      } catch (HearthApiException e) {
        throw member.notAMember(e);
      }
      all.addAll(process(page.messages()));
      synchronized (member) {
        if (member.state().phase() != Phase.MEMBER) {
          return all;
        }
        member.readThrough(page.latestSeq());
        if (page.messages().isEmpty() || member.state().lastSeen() >= page.latestSeq()) {
          return all;
        }
      }
    }
  }

  /** Follows the group live from the last message seen. */
  Following follow(Following.Listener status) {
    long after;
    synchronized (member) {
      member.requireMember();
      after = member.state().lastSeen();
    }
    return delivery.follow(
        after,
        new Following.Listener() {
          @Override
          public void onMessage(DeliveredMessage message) {
            process(List.of(message));
            synchronized (member) {
              // Removed (or left): following ends here, with the reason.
              member.requireMember();
            }
          }

          @Override
          public void onConnected(long resumeAfter) {
            status.onConnected(resumeAfter);
          }

          @Override
          public void onDisconnected(String reason, java.time.Duration retryIn) {
            status.onDisconnected(reason, retryIn);
          }

          @Override
          public void onStopped(RuntimeException failure) {
            status.onStopped(failure);
          }
        });
  }

  /** Processes messages in order, saves, then hands out their events. */
  private List<GroupEvent> process(List<DeliveredMessage> messages) {
    List<GroupEvent> events = new ArrayList<>();
    synchronized (member) {
      try {
        for (DeliveredMessage m : messages) {
          if (member.state().phase() != Phase.MEMBER) {
            break;
          }
          events.addAll(member.inbox().process(m));
        }
      } finally {
        if (!member.forgotten()) {
          member.persist();
        }
      }
    }
    events.forEach(sink);
    return events;
  }
}
