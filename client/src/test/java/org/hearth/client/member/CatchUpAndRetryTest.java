package org.hearth.client.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hearth.client.GroupId;
import org.hearth.client.api.HearthApiException;
import org.hearth.client.testing.FakeHearth;
import org.hearth.crypto.mls.MlsMember;
import org.hearth.protocol.content.MessageId;
import org.hearth.protocol.content.Post;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Commits and messages that lose the race for an epoch catch up and go through; state is saved
 * before anything leaves, so a crash at any point neither reuses a generation nor loses a commit.
 */
class CatchUpAndRetryTest {
  @RegisterExtension final FakeHearth hearth = new FakeHearth();

  final Person alice = new Person("alice", hearth);
  final Person bob = new Person("bob", hearth);
  final Person carol = new Person("carol", hearth);
  GroupId group;

  void threeMembers() {
    group = Person.openGroup(hearth, alice, bob, carol);
    alice.member(group).sync();
    bob.member(group).sync();
  }

  @Test
  void ofTwoConcurrentCommitsOneWinsAndTheOtherCatchesUpAndSucceeds() {
    threeMembers();
    GroupMember aliceMember = alice.member(group);
    GroupMember bobMember = bob.member(group);
    long epoch = bobMember.epoch();
    AtomicInteger staged = new AtomicInteger();
    // Bob stages his commit after catching up, and Alice's commit lands before he sends it.
    bobMember.commit(
        mls -> {
          if (staged.incrementAndGet() == 1) {
            aliceMember.commit(MlsMember::updatePath);
          }
          return mls.updatePath();
        });
    assertEquals(2, staged.get(), "Bob's first commit was refused, his second accepted");
    assertEquals(epoch + 2, hearth.group(group).epoch());
    assertEquals(epoch + 2, bobMember.epoch());
    aliceMember.sync();
    carol.member(group).sync();
    assertEquals(epoch + 2, aliceMember.epoch());

    carol.post(group, "Still", "all here?");
    aliceMember.sync();
    bobMember.sync();
    assertEquals(List.of("all here?"), alice.bodies());
    assertEquals(List.of("all here?"), bob.bodies());
  }

  @Test
  void aMessageForAnOldEpochIsEncryptedAgainInTheNewOne() {
    threeMembers();
    GroupMember bobStale = bob.member(group);
    alice.member(group).commit(MlsMember::updatePath);
    long before = hearth.group(group).latestSeq();
    bobStale.send(
        new Post(MessageId.random(), "bob", null, "Late", "sent from the old epoch", null));
    assertEquals(before + 1, hearth.group(group).latestSeq(), "one message stored, not two");
    alice.member(group).sync();
    carol.member(group).sync();
    assertEquals(List.of("sent from the old epoch"), alice.bodies());
    assertEquals(List.of("sent from the old epoch"), carol.bodies());
  }

  @Test
  void theAdvancedStateIsSavedBeforeTheCiphertextLeaves() {
    threeMembers();
    long stored = hearth.group(group).latestSeq();
    alice.onSave =
        k -> {
          throw new IllegalStateException("power cut right after the save");
        };
    assertThrows(IllegalStateException.class, () -> alice.post(group, "Lost", "never sent"));
    assertEquals(stored, hearth.group(group).latestSeq(), "nothing left the device");

    Person aliceAgain = alice.restarted(hearth);
    aliceAgain.post(group, "Again", "sent after the restart");
    bob.member(group).sync();
    assertEquals(List.of("sent after the restart"), bob.bodies(), "a fresh generation opens");
    // The restarted sender never re-encrypts at the generation the lost message consumed.
    assertTrue(bob.events.stream().noneMatch(e -> e instanceof GroupEvent.Unreadable));
  }

  @Test
  void aCommitWhoseAnswerWasLostIsMergedWhenItComesBack() {
    threeMembers();
    hearth.loseNextCommitAnswer = true;
    GroupMember aliceMember = alice.member(group);
    long epoch = aliceMember.epoch();
    HearthApiException lost =
        assertThrows(HearthApiException.class, () -> aliceMember.remove(carol.key(group)));
    assertEquals(502, lost.status());
    assertEquals(epoch + 1, hearth.group(group).epoch(), "the server took it");

    Person aliceAgain = alice.restarted(hearth);
    GroupMember restarted = aliceAgain.member(group);
    restarted.sync();
    assertEquals(epoch + 1, restarted.epoch(), "the saved commit was merged");
    assertEquals(List.of(alice.key(group), bob.key(group)), restarted.members());
    aliceAgain.post(group, "Two", "of us");
    bob.member(group).sync();
    assertEquals(List.of("of us"), bob.bodies());
  }

  @Test
  void aCommitThatNeverLeftIsDroppedAndMadeAgain() {
    threeMembers();
    alice.onSave =
        k -> {
          if (k.mlsState(org.hearth.client.keyring.KeyScope.group(hearth.url(), group))
              .containsKey(MemberStore.PENDING_COMMIT)) {
            throw new IllegalStateException("power cut after saving the commit");
          }
        };
    long epoch = hearth.group(group).epoch();
    assertThrows(IllegalStateException.class, () -> alice.member(group).remove(carol.key(group)));
    assertEquals(epoch, hearth.group(group).epoch());

    alice.onSave = k -> {};
    Person aliceAgain = alice.restarted(hearth);
    GroupMember restarted = aliceAgain.member(group);
    restarted.sync();
    assertFalse(
        aliceAgain.store.blobs(group).containsKey(MemberStore.PENDING_COMMIT),
        "a commit that never reached the group is forgotten");
    restarted.remove(carol.key(group));
    assertEquals(epoch + 1, hearth.group(group).epoch());
  }
}
