package org.hearth.crypto.mls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.hearth.crypto.Ed25519KeyPair;
import org.junit.jupiter.api.Test;

class MlsMessageInTest {
  private final Ed25519KeyPair aliceKey = Ed25519KeyPair.generate();
  private final Ed25519KeyPair bobKey = Ed25519KeyPair.generate();

  @Test
  void commitsShowTheirAddsAndRemovesAndSender() {
    MlsMember alice = MlsMember.create(GroupId.random(), aliceKey);
    KeyPackageBundle bob = KeyPackageBundle.create(bobKey, Duration.ofDays(1));
    KeyPackageBundle carol = KeyPackageBundle.create(Ed25519KeyPair.generate(), Duration.ofDays(1));
    PendingCommit add = alice.add(List.of(bob.keyPackage(), carol.keyPackage()));
    MlsMessageInfo info = MlsMessageIn.parse(add.commit()).info();
    assertEquals(WireFormat.PUBLIC_MESSAGE, info.wireFormat());
    assertEquals(ContentType.COMMIT, info.contentType());
    assertEquals(alice.groupId(), info.groupId().orElseThrow());
    assertEquals(0, info.epoch().getAsLong());
    assertEquals(new LeafIndex(0), info.sender().orElseThrow());
    assertEquals(2, info.addedKeyPackages().size());
    assertArrayEquals(bob.keyPackage(), info.addedKeyPackages().get(0));
    assertFalse(info.externalJoin());
    alice.merge(add);

    PendingCommit remove = alice.remove(List.of(new LeafIndex(1)));
    MlsMessageInfo removal = MlsMessageIn.parse(remove.commit()).info();
    assertEquals(List.of(new LeafIndex(1)), removal.removedLeaves());
    assertTrue(removal.hasUpdatePath());
    assertEquals(1, removal.epoch().getAsLong());

    MlsMessageInfo welcome = MlsMessageIn.parse(add.welcome().orElseThrow()).info();
    assertEquals(WireFormat.WELCOME, welcome.wireFormat());
    assertEquals(ContentType.NONE, welcome.contentType());
  }

  @Test
  void applicationMessagesShowOnlyGroupEpochAndType() {
    MlsMember alice = MlsMember.create(GroupId.random(), aliceKey);
    MlsMessageInfo info = MlsMessageIn.parse(alice.protect(new byte[] {1, 2, 3})).info();
    assertEquals(WireFormat.PRIVATE_MESSAGE, info.wireFormat());
    assertEquals(ContentType.APPLICATION, info.contentType());
    assertEquals(alice.groupId(), info.groupId().orElseThrow());
    assertTrue(info.sender().isEmpty());
  }

  @Test
  void oversizedTruncatedPaddedOrGarbageInputIsRefused() {
    MlsMember alice = MlsMember.create(GroupId.random(), aliceKey);
    byte[] message = alice.protect(new byte[10]);
    assertThrows(MlsException.class, () -> MlsMessageIn.parse(message, message.length - 1));
    byte[] trailing = Arrays.copyOf(message, message.length + 1);
    assertThrows(MlsException.class, () -> MlsMessageIn.parse(trailing));
    byte[] truncated = Arrays.copyOf(message, message.length - 1);
    assertThrows(MlsException.class, () -> MlsMessageIn.parse(truncated));
    assertThrows(MlsException.class, () -> MlsMessageIn.parse(new byte[] {0, 1, 0, 9}));
    assertThrows(MlsException.class, () -> MlsMessageIn.parse(new byte[0]));
  }

  @Test
  void keyPackagesAreValidatedForSignatureLifetimeAndIdentity() {
    KeyPackageBundle bundle = KeyPackageBundle.create(bobKey, Duration.ofDays(7));
    VerifiedKeyPackage verified = KeyPackageIn.of(bundle.keyPackage()).validate(Instant.now());
    assertEquals(bobKey.publicKey(), verified.signatureKey());
    assertEquals(bobKey.publicKey().thumbprint(), verified.member());
    Instant later = Instant.now().plus(Duration.ofDays(8));
    assertThrows(MlsException.class, () -> KeyPackageIn.of(bundle.keyPackage()).validate(later));
    byte[] tampered = bundle.keyPackage();
    tampered[tampered.length - 5] ^= 1;
    assertThrows(MlsException.class, () -> KeyPackageIn.of(tampered).validate(Instant.now()));
  }

  @Test
  void groupInfosAreValidated() {
    MlsMember alice = MlsMember.create(GroupId.random(), aliceKey);
    VerifiedGroupInfo info = GroupInfoIn.of(alice.groupInfo()).validate();
    assertEquals(alice.groupId(), info.groupId());
    assertEquals(1, info.members().size());
    byte[] tampered = alice.groupInfo();
    tampered[tampered.length - 3] ^= 1;
    assertThrows(MlsException.class, () -> GroupInfoIn.of(tampered).validate());
  }
}
