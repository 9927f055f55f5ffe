package org.hearth.crypto.mls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.hearth.crypto.Ed25519KeyPair;
import org.junit.jupiter.api.Test;

class PublicGroupTest {
  private final Ed25519KeyPair aliceKey = Ed25519KeyPair.generate();
  private final Ed25519KeyPair bobKey = Ed25519KeyPair.generate();
  private final Ed25519KeyPair carolKey = Ed25519KeyPair.generate();
  private final Ed25519KeyPair daveKey = Ed25519KeyPair.generate();
  private final Ed25519KeyPair erinKey = Ed25519KeyPair.generate();

  /** The service side: follow a commit and finalise it with the committer's GroupInfo. */
  private static PublicGroup follow(PublicGroup view, byte[] commit, byte[] groupInfo) {
    PendingEpoch pending = view.applyCommit(MlsMessageIn.parse(commit)).value();
    PublicGroup next = pending.finalise(groupInfo);
    assertEquals(view.epoch() + 1, next.epoch());
    return next;
  }

  private static void assertSameTree(PublicGroup view, MlsMember member) {
    assertEquals(member.epoch(), view.epoch());
    assertEquals(member.members(), view.members());
  }

  @Test
  void theViewFollowsEveryKindOfCommitWithoutSecrets() {
    MlsMember alice = MlsMember.create(GroupId.random(), aliceKey);
    PublicGroup view = PublicGroup.fromFirstGroupInfo(alice.groupInfo());

    KeyPackageBundle bobBundle = KeyPackageBundle.create(bobKey, Duration.ofDays(1));
    PendingCommit addBob = alice.add(List.of(bobBundle.keyPackage()));
    view = follow(view, addBob.commit(), addBob.groupInfo());
    alice.merge(addBob);
    MlsMember bob = MlsMember.join(addBob.welcome().orElseThrow(), bobKey, bobBundle);
    assertSameTree(view, bob);

    KeyPackageBundle carolBundle = KeyPackageBundle.create(carolKey, Duration.ofDays(1));
    KeyPackageBundle daveBundle = KeyPackageBundle.create(daveKey, Duration.ofDays(1));
    PendingCommit addTwo = bob.add(List.of(carolBundle.keyPackage(), daveBundle.keyPackage()));
    view = follow(view, addTwo.commit(), addTwo.groupInfo());
    alice.handle(addTwo.commit());
    bob.merge(addTwo);
    MlsMember carol = MlsMember.join(addTwo.welcome().orElseThrow(), carolKey, carolBundle);
    MlsMember dave = MlsMember.join(addTwo.welcome().orElseThrow(), daveKey, daveBundle);
    assertSameTree(view, carol);

    // Carol leaves: a standalone proposal the view keeps, then a commit by reference.
    byte[] leave = carol.proposeLeave();
    PublicGroup.Verified<PublicGroup> kept = view.acceptProposal(MlsMessageIn.parse(leave));
    assertEquals(carol.ownLeaf(), kept.sender());
    view = kept.value();
    for (MlsMember member : List.of(alice, bob, dave)) {
      member.handle(leave);
    }
    PendingCommit commitLeave = dave.commitPending();
    view = follow(view, commitLeave.commit(), commitLeave.groupInfo());
    alice.handle(commitLeave.commit());
    bob.handle(commitLeave.commit());
    dave.merge(commitLeave);
    assertSameTree(view, dave);

    // A path update, then an external join from the epoch's GroupInfo, then a removal.
    PendingCommit update = alice.updatePath();
    view = follow(view, update.commit(), update.groupInfo());
    bob.handle(update.commit());
    dave.handle(update.commit());
    alice.merge(update);

    MlsMember.ExternalJoin erinJoin = MlsMember.externalJoin(update.groupInfo(), erinKey);
    assertTrue(MlsMessageIn.parse(erinJoin.commit()).info().externalJoin());
    PublicGroup.Verified<PendingEpoch> external =
        view.applyCommit(MlsMessageIn.parse(erinJoin.commit()));
    assertNull(external.sender());
    view = external.value().finalise(erinJoin.groupInfo());
    for (MlsMember member : List.of(alice, bob, dave)) {
      member.handle(erinJoin.commit());
    }
    MlsMember erin = erinJoin.member();
    assertSameTree(view, erin);

    PendingCommit removeBob = erin.remove(List.of(bob.ownLeaf()));
    view = follow(view, removeBob.commit(), removeBob.groupInfo());
    erin.merge(removeBob);
    assertSameTree(view, erin);
    assertArrayEquals(erin.groupId().bytes(), view.groupId().bytes());
  }

  @Test
  void aGroupInfoOfAnotherEpochOrACommitOfTheWrongEpochIsRefused() {
    MlsMember alice = MlsMember.create(GroupId.random(), aliceKey);
    PublicGroup view = PublicGroup.fromFirstGroupInfo(alice.groupInfo());
    byte[] staleInfo = alice.groupInfo();
    KeyPackageBundle bobBundle = KeyPackageBundle.create(bobKey, Duration.ofDays(1));
    PendingCommit addBob = alice.add(List.of(bobBundle.keyPackage()));
    PendingEpoch pending = view.applyCommit(MlsMessageIn.parse(addBob.commit())).value();
    assertThrows(MlsException.class, () -> pending.finalise(staleInfo));
    PublicGroup next = pending.finalise(addBob.groupInfo());
    alice.merge(addBob);
    MlsMessageIn replay = MlsMessageIn.parse(addBob.commit());
    assertThrows(MlsException.class, () -> next.applyCommit(replay));
  }

  @Test
  void aCommitWithAFlippedSignatureByteIsRefused() {
    MlsMember alice = MlsMember.create(GroupId.random(), aliceKey);
    PublicGroup view = PublicGroup.fromFirstGroupInfo(alice.groupInfo());
    KeyPackageBundle bobBundle = KeyPackageBundle.create(bobKey, Duration.ofDays(1));
    byte[] commit = alice.add(List.of(bobBundle.keyPackage())).commit();
    // The signature sits before the confirmation and membership tags (32 + 1 + 32 + 1 bytes).
    commit[commit.length - 70] ^= 1;
    assertThrows(MlsException.class, () -> view.applyCommit(MlsMessageIn.parse(commit)));
  }
}
