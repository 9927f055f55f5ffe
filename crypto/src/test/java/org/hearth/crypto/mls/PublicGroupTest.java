package org.hearth.crypto.mls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hearth.crypto.Ed25519KeyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicGroupTest {
  private static final Duration DAY = Duration.ofDays(1);

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

  /**
   * The view derives each epoch's tree hashes incrementally from the previous epoch's, while every
   * bcmls member recomputes them all: over random adds, removes, path updates and external joins by
   * random committers, each committer's GroupInfo (tree hash and whole tree) must match.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void theViewMatchesTheMembersOverRandomCommits(long seed) {
    Random random = new Random(seed);
    List<MlsMember> members = new ArrayList<>();
    members.add(MlsMember.create(GroupId.random(), aliceKey));
    PublicGroup view = PublicGroup.fromFirstGroupInfo(members.get(0).groupInfo());
    for (int epoch = 0; epoch < 24; epoch++) {
      MlsMember committer = members.get(random.nextInt(members.size()));
      // bcmls cannot commit a path alone, nor remove down to one member (see MlsMember).
      int kind =
          members.size() == 1 ? 0 : members.size() < 3 ? random.nextInt(2) : random.nextInt(4);
      if (kind == 3) {
        MlsMember.ExternalJoin join =
            MlsMember.externalJoin(committer.groupInfo(), Ed25519KeyPair.generate());
        view = follow(view, join.commit(), join.groupInfo());
        for (MlsMember member : members) {
          member.handle(join.commit());
        }
        members.add(join.member());
        assertSameTree(view, join.member());
        continue;
      }
      List<KeyPackageBundle> bundles = new ArrayList<>();
      List<Ed25519KeyPair> joinerKeys = new ArrayList<>();
      PendingCommit commit;
      MlsMember removed = null;
      if (kind == 0) {
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
          joinerKeys.add(Ed25519KeyPair.generate());
          bundles.add(KeyPackageBundle.create(joinerKeys.get(joinerKeys.size() - 1), DAY));
        }
        commit = committer.add(bundles.stream().map(KeyPackageBundle::keyPackage).toList());
      } else if (kind == 1) {
        commit = committer.updatePath();
      } else {
        List<MlsMember> others = new ArrayList<>(members);
        others.remove(committer);
        removed = others.get(random.nextInt(others.size()));
        commit = committer.remove(List.of(removed.ownLeaf()));
      }
      view = follow(view, commit.commit(), commit.groupInfo());
      for (MlsMember member : members) {
        if (member == committer) {
          member.merge(commit);
        } else {
          assertEquals(
              member == removed ? Handled.REMOVED : Handled.EPOCH_ADVANCED,
              member.handle(commit.commit()));
        }
      }
      members.remove(removed);
      for (int i = 0; i < bundles.size(); i++) {
        members.add(
            MlsMember.join(commit.welcome().orElseThrow(), joinerKeys.get(i), bundles.get(i)));
      }
      assertSameTree(view, committer);
    }
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
