package org.hearth.crypto.mls;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.hearth.crypto.Ed25519KeyPair;
import org.junit.jupiter.api.Test;

class MlsStatePersistenceTest {
  private final Ed25519KeyPair aliceKey = Ed25519KeyPair.generate();
  private final Ed25519KeyPair bobKey = Ed25519KeyPair.generate();

  private MlsMember[] pair() {
    MlsMember alice = MlsMember.create(GroupId.random(), aliceKey);
    KeyPackageBundle bundle = KeyPackageBundle.create(bobKey, Duration.ofDays(30));
    PendingCommit commit = alice.add(List.of(bundle.keyPackage()));
    alice.merge(commit);
    return new MlsMember[] {alice, MlsMember.join(commit.welcome().orElseThrow(), bobKey, bundle)};
  }

  private static String open(MlsMember member, byte[] message) {
    return new String(member.unprotect(message).plaintext(), UTF_8);
  }

  @Test
  void aRestoredMemberContinuesTheConversationWithoutReusingGenerations() {
    MlsMember[] members = pair();
    MlsMember alice = members[0];
    MlsMember bob = members[1];
    byte[] first = alice.protect("one".getBytes(UTF_8));
    byte[] second = alice.protect("two".getBytes(UTF_8));
    assertEquals("one", open(bob, first));

    MlsMember alice2 = MlsMember.restore(alice.save());
    MlsMember bob2 = MlsMember.restore(bob.save());
    // Bob's restored receiving ratchet still holds generation 1 for the delayed message.
    assertEquals("two", open(bob2, second));
    // Alice's restored sending ratchet goes on at generation 2: Bob refuses any reused one.
    assertEquals("three", open(bob2, alice2.protect("three".getBytes(UTF_8))));
    assertEquals("back", open(alice2, bob2.protect("back".getBytes(UTF_8))));
    assertThrows(MlsException.class, () -> bob2.unprotect(first));

    PendingCommit update = bob2.updatePath();
    alice2.handle(update.commit());
    bob2.merge(update);
    MlsMember alice3 = MlsMember.restore(alice2.save());
    assertArrayEquals(alice3.epochAuthenticator(), bob2.epochAuthenticator());
    assertEquals("after", open(bob2, alice3.protect("after".getBytes(UTF_8))));
  }

  @Test
  void twoCopiesOfOneSnapshotStillUseDifferentNonces() {
    MlsMember alice = pair()[0];
    byte[] snapshot = alice.save();
    byte[] a = MlsMember.restore(snapshot).protect("same".getBytes(UTF_8));
    byte[] b = MlsMember.restore(snapshot).protect("same".getBytes(UTF_8));
    // Same generation and key, but a random reuse guard: the ciphertexts differ.
    assertFalse(Arrays.equals(a, b));
  }

  @Test
  void aDamagedOrForeignSnapshotIsRefused() {
    byte[] snapshot = pair()[0].save();
    byte[] foreign = snapshot.clone();
    foreign[20] ^= 1;
    assertThrows(MlsException.class, () -> MlsMember.restore(foreign));
    byte[] truncated = Arrays.copyOf(snapshot, snapshot.length - 10);
    assertThrows(MlsException.class, () -> MlsMember.restore(truncated));
  }
}
