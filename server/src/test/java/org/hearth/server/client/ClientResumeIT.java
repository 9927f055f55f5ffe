package org.hearth.server.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.hearth.client.GroupId;
import org.hearth.client.api.Following;
import org.hearth.client.api.JoinPolicy;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.junit.jupiter.api.Test;

/**
 * A member following a group with the Java client gets every message once and in order: after it
 * stopped and followed again from the last sequence number it saved, and across a server killed and
 * started again while it was connected.
 */
class ClientResumeIT {
  @Test
  void followingResumesFromTheLastSequenceNumberWithNoGapAndNoDuplicate() throws Exception {
    try (HearthServer hearth = HearthServers.dedicated("client-resume", Map.of()).start()) {
      ClientPerson ana = new ClientPerson("Ana", hearth);
      ClientPerson bo = new ClientPerson("Bo", hearth);
      GroupId group = ana.startGroup(JoinPolicy.OPEN);
      bo.memberships.joinOpen(group, "Bo");
      List<String> expected = new ArrayList<>();
      AtomicInteger connections = new AtomicInteger();
      Following.Listener status =
          new Following.Listener() {
            @Override
            public void onMessage(org.hearth.protocol.delivery.DeliveredMessage message) {}

            @Override
            public void onConnected(long after) {
              connections.incrementAndGet();
            }
          };

      Following following = bo.member(group).follow(status);
      send(ana, group, "before the break", expected);
      await(() -> bo.bodies().size() == expected.size(), Duration.ofSeconds(30));
      following.close();

      send(ana, group, "while away", expected);
      following = bo.member(group).follow(status);
      await(() -> bo.bodies().size() == expected.size(), Duration.ofSeconds(30));

      hearth.kill();
      hearth.start();
      send(ana, group, "after the restart", expected);
      await(() -> bo.bodies().size() == expected.size(), Duration.ofSeconds(300));
      following.close();

      assertEquals(expected, bo.bodies(), "every message, once, in order");
      List<Long> seqs = bo.postSeqs();
      assertEquals(seqs.stream().distinct().sorted().toList(), seqs);
      assertTrue(connections.get() >= 3, "it reconnected on its own after the restart");
      assertEquals(
          ana.member(group).delivery().state().latestSeq(),
          bo.member(group).lastSeen(),
          "the last sequence number seen is saved");
    }
  }

  private static void send(ClientPerson from, GroupId group, String what, List<String> sent) {
    for (int i = 1; i <= 3; i++) {
      String body = what + ", message " + i;
      from.post(group, "Part", body);
      sent.add(body);
    }
  }

  private static void await(java.util.function.BooleanSupplier done, Duration timeout)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (!done.getAsBoolean()) {
      assertTrue(Instant.now().isBefore(deadline), "timed out");
      Thread.sleep(50);
    }
  }
}
