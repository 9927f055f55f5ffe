package org.hearth.client.load;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.hearth.client.api.Following;
import org.hearth.client.api.HearthApiException;
import org.hearth.client.api.HearthClient;
import org.hearth.client.member.GroupEvent;
import org.hearth.client.member.GroupMember;
import org.hearth.client.member.MemberStore;
import org.hearth.client.member.Memberships;
import org.hearth.protocol.content.MessageId;
import org.hearth.protocol.content.Post;
import org.hearth.protocol.delivery.Accepted;
import org.hearth.protocol.delivery.DeliveredMessage;

/**
 * One simulated member: a real MLS member with its own keyring (in memory) that sends closed-loop
 * posts of a fixed size and follows its group live, counting what reaches it.
 *
 * <p>A delivery is timed either when the message arrives over the stream ({@link DeliveryClock},
 * the default: what the server does) or, with {@code decrypt}, when the member has decrypted it: a
 * post's body starts with the {@code System.nanoTime()} it was sent at, read in the same JVM.
 *
 * <p>Thread-safe: sending runs on its own thread, following on another.
 */
final class LoadMember {
  private static final String STAMP = "t=";

  final String name;
  final Memberships memberships;
  final HearthClient client;
  private final LoadStats stats;
  private final DeliveryClock clock;
  private final boolean decrypt;
  private volatile GroupMember member;
  private volatile Following following;

  LoadMember(
      String name, HearthClient client, LoadStats stats, DeliveryClock clock, boolean decrypt) {
    this.name = name;
    this.client = client;
    this.stats = stats;
    this.clock = clock;
    this.decrypt = decrypt;
    this.memberships =
        new Memberships(client, MemberStore.inMemory(client.instance()), this::decrypted);
  }

  void joined(GroupMember member) {
    this.member = member;
  }

  GroupMember member() {
    return member;
  }

  /** Follows the group live; {@code connected} counts down once the stream is open. */
  void follow(CountDownLatch connected) {
    Following.Listener status =
        new Following.Listener() {
          private boolean counted;

          @Override
          public void onMessage(DeliveredMessage message) {
            if (message.kind().equals("application") && message.data() != null) {
              clock.received(member.group(), message.seq(), name, System.nanoTime());
            }
          }

          @Override
          public void onConnected(long after) {
            if (!counted) {
              counted = true;
              connected.countDown();
            }
          }

          @Override
          public void onDisconnected(String reason, Duration retryIn) {
            stats.failed("stream dropped");
          }

          @Override
          public void onStopped(RuntimeException failure) {
            if (failure != null) {
              stats.failed("following stopped: " + failure.getMessage());
            }
          }
        };
    following =
        decrypt ? member.follow(status) : member.delivery().follow(member.lastSeen(), status);
  }

  /** Sends posts of {@code payload} bytes one after the other until {@code running} ends. */
  void sendUntil(java.util.function.BooleanSupplier running, int payload) {
    String displayName = member.displayName();
    while (running.getAsBoolean()) {
      long sentAt = System.nanoTime();
      try {
        Accepted accepted =
            member.send(
                new Post(
                    MessageId.random(), displayName, null, "load", body(sentAt, payload), null));
        stats.accepted();
        if (!decrypt) {
          clock.sent(member.group(), accepted.seq(), name, sentAt);
        }
      } catch (HearthApiException e) {
        stats.failed(e.slug());
        e.retryAfterSeconds().ifPresent(LoadMember::pause);
      } catch (RuntimeException e) {
        stats.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        pause(1);
      }
    }
  }

  void stop() {
    if (following != null) {
      following.close();
    }
  }

  private void decrypted(GroupEvent event) {
    if (event instanceof GroupEvent.Message m && m.content() instanceof Post p) {
      String body = p.body();
      int end = body.indexOf(';');
      if (body.startsWith(STAMP) && end > 0) {
        stats.delivered(Long.parseLong(body.substring(STAMP.length(), end)), System.nanoTime());
      }
    }
  }

  /** An ASCII body of {@code payload} bytes (or just the stamp, if that is longer). */
  static String body(long sentAt, int payload) {
    String stamp = STAMP + sentAt + ";";
    return stamp + ".".repeat(Math.max(0, payload - stamp.length()));
  }

  private static void pause(long seconds) {
    try {
      Thread.sleep(Math.max(1, seconds) * 1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
