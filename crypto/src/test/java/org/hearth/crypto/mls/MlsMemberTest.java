package org.hearth.crypto.mls;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hearth.crypto.Ed25519KeyPair;
import org.junit.jupiter.api.Test;

class MlsMemberTest {
  private final Ed25519KeyPair aliceKey = Ed25519KeyPair.generate();
  private final Ed25519KeyPair bobKey = Ed25519KeyPair.generate();
  private final Ed25519KeyPair carolKey = Ed25519KeyPair.generate();

  private static MlsMember joinByWelcome(MlsMember committer, Ed25519KeyPair key) {
    KeyPackageBundle bundle = KeyPackageBundle.create(key, Duration.ofDays(30));
    PendingCommit commit = committer.add(List.of(bundle.keyPackage()));
    committer.merge(commit);
    return MlsMember.join(commit.welcome().orElseThrow(), key, bundle);
  }

  private static void assertDelivers(MlsMember from, MlsMember to, String text) {
    ApplicationMessage opened = to.unprotect(from.protect(text.getBytes(UTF_8)));
    assertEquals(text, new String(opened.plaintext(), UTF_8));
    assertEquals(from.ownLeaf(), opened.sender());
  }

  @Test
  void membersJoinTalkAndAgreeOnTheEpoch() {
    MlsMember alice = MlsMember.create(GroupId.random(), aliceKey);
    MlsMember bob = joinByWelcome(alice, bobKey);
    assertEquals(1, bob.epoch());
    assertArrayEquals(alice.epochAuthenticator(), bob.epochAuthenticator());
    assertDelivers(alice, bob, "hello bob");
    assertDelivers(bob, alice, "hello alice");

    KeyPackageBundle carolBundle = KeyPackageBundle.create(carolKey, Duration.ofDays(30));
    PendingCommit addCarol = alice.add(List.of(carolBundle.keyPackage()));
    assertEquals(Handled.EPOCH_ADVANCED, bob.handle(addCarol.commit()));
    alice.merge(addCarol);
    MlsMember carol = MlsMember.join(addCarol.welcome().orElseThrow(), carolKey, carolBundle);
    assertArrayEquals(alice.epochAuthenticator(), carol.epochAuthenticator());
    assertDelivers(carol, bob, "hi all");
    assertEquals(3, alice.members().size());
    assertTrue(alice.members().stream().allMatch(Member::identityMatchesKey));
  }

  @Test
  void applicationMessagesArePaddedToTheBlock() {
    MlsMember alice = MlsMember.create(GroupId.random(), aliceKey);
    MlsMember bob = joinByWelcome(alice, bobKey);
    // 100 and 200 bytes both take a two-byte length prefix (RFC 9420 section 2.1.2).
    int short1 = alice.protect(new byte[100]).length;
    int short2 = alice.protect(new byte[200]).length;
    int longer = alice.protect(new byte[300]).length;
    assertEquals(short1, short2);
    assertEquals(short1 + MlsMember.PADDING_BLOCK, longer);
    assertEquals(0, bob.unprotect(alice.protect(new byte[0])).plaintext().length);
  }

  @Test
  void removedAndDepartedMembersCannotReadTheNextEpoch() {
    MlsMember alice = MlsMember.create(GroupId.random(), aliceKey);
    MlsMember bob = joinByWelcome(alice, bobKey);
    KeyPackageBundle carolBundle = KeyPackageBundle.create(carolKey, Duration.ofDays(30));
    Ed25519KeyPair daveKey = Ed25519KeyPair.generate();
    KeyPackageBundle daveBundle = KeyPackageBundle.create(daveKey, Duration.ofDays(30));
    PendingCommit addTwo = alice.add(List.of(carolBundle.keyPackage(), daveBundle.keyPackage()));
    bob.handle(addTwo.commit());
    alice.merge(addTwo);
    MlsMember carol = MlsMember.join(addTwo.welcome().orElseThrow(), carolKey, carolBundle);
    MlsMember dave = MlsMember.join(addTwo.welcome().orElseThrow(), daveKey, daveBundle);

    // Carol leaves: her proposal, committed by Bob.
    byte[] leave = carol.proposeLeave();
    for (MlsMember other : List.of(alice, bob, dave)) {
      assertEquals(Handled.PROPOSAL_STORED, other.handle(leave));
    }
    PendingCommit commitLeave = bob.commitPending();
    assertEquals(Handled.EPOCH_ADVANCED, alice.handle(commitLeave.commit()));
    assertEquals(Handled.EPOCH_ADVANCED, dave.handle(commitLeave.commit()));
    assertEquals(Handled.REMOVED, carol.handle(commitLeave.commit()));
    bob.merge(commitLeave);
    byte[] afterLeave = alice.protect("carol left".getBytes(UTF_8));
    assertThrows(MlsException.class, () -> carol.unprotect(afterLeave));
    assertEquals("carol left", new String(bob.unprotect(afterLeave).plaintext(), UTF_8));

    // Alice removes Bob.
    PendingCommit removeBob = alice.remove(List.of(bob.ownLeaf()));
    assertEquals(Handled.REMOVED, bob.handle(removeBob.commit()));
    assertEquals(Handled.EPOCH_ADVANCED, dave.handle(removeBob.commit()));
    alice.merge(removeBob);
    byte[] afterRemove = alice.protect("bob removed".getBytes(UTF_8));
    assertThrows(MlsException.class, () -> bob.unprotect(afterRemove));
    assertEquals("bob removed", new String(dave.unprotect(afterRemove).plaintext(), UTF_8));
    assertEquals(2, alice.members().size());
  }

  /**
   * A Welcome from a commit without UpdatePath carries no path secret; bcmls 1.84 would invent keys
   * for the joiner's ancestors that are wrong where those nodes are set (the joiner is one of their
   * unmerged leaves), and the joiner would fail on the next UpdatePath encrypted to them.
   */
  @Test
  void aMemberAddedUnderSetParentNodesDecryptsTheNextPathFromAcrossTheTree() {
    List<MlsMember> members = new ArrayList<>();
    members.add(MlsMember.create(GroupId.random(), aliceKey));
    for (int i = 1; i < 8; i++) {
      // External joins, each with a path, set every parent node of the 8-leaf tree.
      MlsMember.ExternalJoin join =
          MlsMember.externalJoin(members.get(0).groupInfo(), Ed25519KeyPair.generate());
      members.forEach(member -> member.handle(join.commit()));
      members.add(join.member());
    }
    // Removing leaf 3 blanks its parent; nodes 3 and 7 above it are set again by Alice's path.
    PendingCommit remove = members.get(0).remove(List.of(new LeafIndex(3)));
    members.get(0).merge(remove);
    MlsMember removed = members.remove(3);
    assertEquals(Handled.REMOVED, removed.handle(remove.commit()));
    members.subList(1, members.size()).forEach(member -> member.handle(remove.commit()));

    // Bob adds Carol without a path: she takes leaf 3, unmerged at nodes 3 and 7.
    MlsMember bob = members.get(1);
    KeyPackageBundle bundle = KeyPackageBundle.create(carolKey, Duration.ofDays(1));
    PendingCommit add = bob.add(List.of(bundle.keyPackage()));
    bob.merge(add);
    members.stream().filter(member -> member != bob).forEach(member -> member.handle(add.commit()));
    MlsMember carol = MlsMember.join(add.welcome().orElseThrow(), carolKey, bundle);
    assertEquals(new LeafIndex(3), carol.ownLeaf());

    // Leaf 5's path encrypts to node 3's resolution: node 3 itself, then Carol's leaf.
    MlsMember sender = members.get(4);
    assertEquals(new LeafIndex(5), sender.ownLeaf());
    PendingCommit update = sender.updatePath();
    sender.merge(update);
    assertEquals(Handled.EPOCH_ADVANCED, carol.handle(update.commit()));
    assertArrayEquals(sender.epochAuthenticator(), carol.epochAuthenticator());
    assertDelivers(sender, carol, "welcome, carol");
  }

  @Test
  void bcmlsCannotCommitARemovalThatLeavesTheCommitterAlone() {
    // bcmls 1.84 fails computing parent hashes for a one-leaf tree (TreeKEMPublicKey.parentHashes,
    // index -1): Hearth reports it as a refused commit and the member stays in its epoch.
    MlsMember alice = MlsMember.create(GroupId.random(), aliceKey);
    MlsMember bob = joinByWelcome(alice, bobKey);
    assertThrows(MlsException.class, () -> alice.remove(List.of(bob.ownLeaf())));
    assertDelivers(alice, bob, "still two of us");
  }

  @Test
  void pathUpdatesAndExternalJoinsAdvanceEveryone() {
    MlsMember alice = MlsMember.create(GroupId.random(), aliceKey);
    MlsMember bob = joinByWelcome(alice, bobKey);
    PendingCommit update = bob.updatePath();
    assertEquals(Handled.EPOCH_ADVANCED, alice.handle(update.commit()));
    bob.merge(update);
    assertArrayEquals(alice.epochAuthenticator(), bob.epochAuthenticator());

    MlsMember.ExternalJoin carolJoin = MlsMember.externalJoin(update.groupInfo(), carolKey);
    assertEquals(Handled.EPOCH_ADVANCED, alice.handle(carolJoin.commit()));
    assertEquals(Handled.EPOCH_ADVANCED, bob.handle(carolJoin.commit()));
    MlsMember carol = carolJoin.member();
    assertArrayEquals(alice.epochAuthenticator(), carol.epochAuthenticator());
    assertDelivers(carol, alice, "joined without anyone online");
    assertDelivers(bob, carol, "welcome");
  }

  @Test
  void anOutdatedGroupInfoCannotBeUsedForAnExternalJoin() {
    MlsMember alice = MlsMember.create(GroupId.random(), aliceKey);
    byte[] epoch0 = alice.groupInfo();
    joinByWelcome(alice, bobKey);
    MlsMember.ExternalJoin late = MlsMember.externalJoin(epoch0, carolKey);
    assertThrows(MlsException.class, () -> alice.handle(late.commit()));
  }

  @Test
  void aRefusedCommitLeavesTheMemberInItsEpoch() {
    MlsMember alice = MlsMember.create(GroupId.random(), aliceKey);
    MlsMember bob = joinByWelcome(alice, bobKey);
    PendingCommit refused = alice.updatePath();
    PendingCommit winner = bob.updatePath();
    bob.merge(winner);
    assertEquals(Handled.EPOCH_ADVANCED, alice.handle(winner.commit()));
    assertThrows(MlsException.class, () -> alice.merge(refused));
    assertDelivers(alice, bob, "still in sync");
  }

  @Test
  void keyPackagesAreRefusedWhenTampered() {
    byte[] keyPackage = KeyPackageBundle.create(bobKey, Duration.ofDays(1)).keyPackage();
    keyPackage[keyPackage.length - 1] ^= 1;
    MlsMember alice = MlsMember.create(GroupId.random(), aliceKey);
    assertThrows(MlsException.class, () -> alice.add(List.of(keyPackage)));
    assertFalse(alice.epoch() > 0);
  }
}
