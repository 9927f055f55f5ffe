package org.hearth.crypto.mls;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.hearth.crypto.Ed25519KeyPair;
import org.junit.jupiter.api.Test;

/** A join request and a sent commit outlive a restart of the client that made them. */
class MlsPendingPersistenceTest {
  private final Ed25519KeyPair aliceKey = Ed25519KeyPair.generate();
  private final Ed25519KeyPair bobKey = Ed25519KeyPair.generate();

  @Test
  void aSavedKeyPackageBundleJoinsFromTheWelcomeLater() {
    MlsMember alice = MlsMember.create(GroupId.random(), aliceKey);
    KeyPackageBundle bundle = KeyPackageBundle.create(bobKey, Duration.ofDays(7));
    KeyPackageBundle restored = KeyPackageBundle.restore(bundle.save());
    assertArrayEquals(bundle.keyPackage(), restored.keyPackage());

    PendingCommit add = alice.add(List.of(restored.keyPackage()));
    alice.merge(add);
    MlsMember bob = MlsMember.join(add.welcome().orElseThrow(), bobKey, restored);
    byte[] hello = alice.protect("hello".getBytes(UTF_8));
    assertEquals("hello", new String(bob.unprotect(hello).plaintext(), UTF_8));
  }

  @Test
  void aSavedPendingCommitIsMergedAfterARestart() {
    MlsMember alice = MlsMember.create(GroupId.random(), aliceKey);
    KeyPackageBundle bundle = KeyPackageBundle.create(bobKey, Duration.ofDays(7));
    PendingCommit add = alice.add(List.of(bundle.keyPackage()));
    byte[] savedCommit = add.save();
    byte[] savedMember = alice.save();

    MlsMember aliceAgain = MlsMember.restore(savedMember);
    PendingCommit addAgain = PendingCommit.restore(savedCommit);
    assertEquals(0, addAgain.fromEpoch());
    assertArrayEquals(add.commit(), addAgain.commit());
    assertArrayEquals(add.welcome().orElseThrow(), addAgain.welcome().orElseThrow());
    aliceAgain.merge(addAgain);
    assertEquals(1, aliceAgain.epoch());

    MlsMember bob = MlsMember.join(add.welcome().orElseThrow(), bobKey, bundle);
    assertArrayEquals(bob.epochAuthenticator(), aliceAgain.epochAuthenticator());
    byte[] hi = bob.protect("hi".getBytes(UTF_8));
    assertEquals("hi", new String(aliceAgain.unprotect(hi).plaintext(), UTF_8));
  }

  @Test
  void aPendingCommitWithoutWelcomeRoundTrips() {
    MlsMember alice = pairedAlice();
    PendingCommit update = alice.updatePath();
    PendingCommit restored = PendingCommit.restore(update.save());
    assertEquals(update.welcome(), restored.welcome());
    alice.merge(restored);
    assertEquals(2, alice.epoch());
  }

  /** Alice with Bob in the group: bcmls cannot commit an UpdatePath in a one-leaf tree. */
  private MlsMember pairedAlice() {
    MlsMember alice = MlsMember.create(GroupId.random(), aliceKey);
    alice.merge(
        alice.add(List.of(KeyPackageBundle.create(bobKey, Duration.ofDays(7)).keyPackage())));
    return alice;
  }

  @Test
  void damagedSavesAreRefused() {
    byte[] bundle = KeyPackageBundle.create(bobKey, Duration.ofDays(7)).save();
    assertThrows(
        MlsException.class,
        () -> KeyPackageBundle.restore(Arrays.copyOf(bundle, bundle.length - 1)));
    byte[] wrongTag = bundle.clone();
    wrongTag[0] ^= 1;
    assertThrows(MlsException.class, () -> KeyPackageBundle.restore(wrongTag));

    byte[] commit = pairedAlice().updatePath().save();
    assertThrows(
        MlsException.class, () -> PendingCommit.restore(Arrays.copyOf(commit, commit.length - 5)));
    assertThrows(MlsException.class, () -> PendingCommit.restore(new byte[3]));
  }
}
