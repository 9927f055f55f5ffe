package org.hearth.client.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.hearth.client.GroupId;
import org.hearth.client.api.Following;
import org.hearth.client.testing.FakeHearth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Members following a group live get every message once, in order, across broken streams. */
class FollowTest {
  @RegisterExtension final FakeHearth hearth = new FakeHearth();

  final Person alice = new Person("alice", hearth);
  final Person bob = new Person("bob", hearth);
  final Person carol = new Person("carol", hearth);
  GroupId group;

  void threeMembers() {
    group = Person.openGroup(hearth, alice, bob, carol);
  }

  static void await(BooleanSupplier condition) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(20);
    while (!condition.getAsBoolean()) {
      assertTrue(Instant.now().isBefore(deadline), "timed out");
      Thread.sleep(20);
    }
  }

  @Test
  void everyMessageArrivesOnceAndInOrderThroughDropsRepeatsAndGaps() throws Exception {
    threeMembers();
    hearth.dropStreamsAfter = 3;
    hearth.repeatEvents = true;
    long latest = hearth.group(group).latestSeq();
    hearth.skipInStreams.add(latest + 2);
    hearth.skipInStreams.add(latest + 7);
    GroupMember bobMember = bob.member(group);
    try (Following following =
        bobMember.follow(
            new Following.Listener() {
              @Override
              public void onMessage(org.hearth.protocol.delivery.DeliveredMessage message) {}
            })) {
      List<String> sent = IntStream.rangeClosed(1, 10).mapToObj(i -> "message " + i).toList();
      for (String body : sent) {
        (body.endsWith("3") ? carol : alice).post(group, "t", body);
      }
      await(() -> bob.bodies().size() == sent.size());
      assertEquals(sent, bob.bodies());
      assertTrue(hearth.streamsOpened.get() >= 3, "it reconnected");
      List<Long> seqs = bob.events.stream().map(GroupEvent::seq).toList();
      assertEquals(seqs.stream().distinct().sorted().toList(), seqs, "no duplicate, in order");
    }
    assertEquals(hearth.group(group).latestSeq(), bob.member(group).lastSeen(), "saved");
  }

  @Test
  void aMemberSendingWhileFollowingDoesNotSeeItsOwnMessages() throws Exception {
    threeMembers();
    GroupMember aliceMember = alice.member(group);
    try (Following following =
        aliceMember.follow(
            new Following.Listener() {
              @Override
              public void onMessage(org.hearth.protocol.delivery.DeliveredMessage message) {}
            })) {
      aliceMember.send(
          Person.reply(aliceMember, org.hearth.protocol.content.MessageId.random(), "mine"));
      bob.post(group, "t", "yours");
      await(() -> alice.bodies().size() == 1);
      Thread.sleep(200);
      assertEquals(List.of("yours"), alice.bodies());
    }
  }

  @Test
  void aFollowerRemovedByACommitHearsItAndStops() throws Exception {
    threeMembers();
    GroupMember carolMember = carol.member(group);
    java.util.concurrent.atomic.AtomicReference<RuntimeException> stopped =
        new java.util.concurrent.atomic.AtomicReference<>();
    Following following =
        carolMember.follow(
            new Following.Listener() {
              @Override
              public void onMessage(org.hearth.protocol.delivery.DeliveredMessage message) {}

              @Override
              public void onStopped(RuntimeException failure) {
                stopped.set(failure);
              }
            });
    alice.member(group).remove(carol.key(group));
    await(() -> !carol.events.isEmpty());
    assertInstanceOf(GroupEvent.Removed.class, carol.events.get(carol.events.size() - 1));
    alice.post(group, "t", "after her removal");
    assertTrue(following.await(Duration.ofSeconds(10)), "following stops");
    assertInstanceOf(MemberException.class, stopped.get());
    assertTrue(carol.bodies().isEmpty());
  }
}
