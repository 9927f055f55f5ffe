package org.hearth.crypto.mls;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.hearth.crypto.Ed25519KeyPair;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reports' evidence: genuine content verifies, anything altered or out of place does not. */
class ContentEvidenceTest {
  private final Ed25519KeyPair aliceKey = Ed25519KeyPair.generate();
  private final Ed25519KeyPair bobKey = Ed25519KeyPair.generate();
  private MlsMember alice;
  private MlsMember bob;
  private byte[] epochOneInfo;

  private static MlsMember joinByWelcome(MlsMember committer, Ed25519KeyPair key) {
    KeyPackageBundle bundle = KeyPackageBundle.create(key, Duration.ofDays(30));
    PendingCommit commit = committer.add(List.of(bundle.keyPackage()));
    committer.merge(commit);
    return MlsMember.join(commit.welcome().orElseThrow(), key, bundle);
  }

  @BeforeEach
  void twoMembers() {
    alice = MlsMember.create(GroupId.random(), aliceKey);
    bob = joinByWelcome(alice, bobKey);
    epochOneInfo = alice.groupInfo();
  }

  private byte[] evidenceOfBob(String text) {
    return alice.unprotect(bob.protect(text.getBytes(UTF_8))).evidence().bytes();
  }

  @Test
  void genuineEvidenceNamesTheSenderAndTheContent() {
    byte[] evidence = evidenceOfBob("you are worthless");
    ContentEvidenceIn in = ContentEvidenceIn.of(evidence);
    assertEquals(alice.groupId(), in.groupId());
    assertEquals(1, in.epoch());
    VerifiedContent verified = in.verify(epochOneInfo).orElseThrow();
    assertEquals(bob.ownLeaf(), verified.sender());
    assertEquals(bobKey.publicKey(), verified.senderKey());
    assertEquals(alice.groupId(), verified.groupId());
    assertEquals(1, verified.epoch());
    assertArrayEquals("you are worthless".getBytes(UTF_8), verified.applicationData());
  }

  @Test
  void alteredTextIsRejected() {
    byte[] evidence = evidenceOfBob("you are worthless");
    int at = indexOf(evidence, "worthless".getBytes(UTF_8));
    evidence[at] = (byte) 'W';
    assertTrue(ContentEvidenceIn.of(evidence).verify(epochOneInfo).isEmpty());
  }

  @Test
  void anotherSenderIsRejected() {
    byte[] evidence = evidenceOfBob("hello");
    int leafAt = senderLeafOffset(evidence);
    assertEquals(bob.ownLeaf().value(), evidence[leafAt + 3]);
    evidence[leafAt + 3] = (byte) alice.ownLeaf().value();
    ContentEvidenceIn claimed = ContentEvidenceIn.of(evidence);
    assertTrue(claimed.verify(epochOneInfo).isEmpty());
    evidence[leafAt + 3] = 7; // a blank leaf
    assertTrue(ContentEvidenceIn.of(evidence).verify(epochOneInfo).isEmpty());
  }

  @Test
  void anotherEpochIsRejected() {
    byte[] evidence = evidenceOfBob("hello");
    PendingCommit path = alice.updatePath();
    bob.handle(path.commit());
    alice.merge(path);
    byte[] epochTwoInfo = alice.groupInfo();
    assertTrue(ContentEvidenceIn.of(evidence).verify(epochTwoInfo).isEmpty());
    int epochAt = senderLeafOffset(evidence) - 1 - 8;
    evidence[epochAt + 7] = 2; // claims epoch 2: signed over epoch 1's context, so it fails
    ContentEvidenceIn claimed = ContentEvidenceIn.of(evidence);
    assertEquals(2, claimed.epoch());
    assertTrue(claimed.verify(epochTwoInfo).isEmpty());
  }

  @Test
  void anotherGroupIsRejected() {
    byte[] evidence = evidenceOfBob("hello");
    MlsMember elsewhere = MlsMember.create(GroupId.random(), aliceKey);
    joinByWelcome(elsewhere, bobKey);
    assertTrue(ContentEvidenceIn.of(evidence).verify(elsewhere.groupInfo()).isEmpty());
  }

  @Test
  void forgedSignatureIsRejected() {
    byte[] evidence = evidenceOfBob("hello");
    evidence[evidence.length - 1] ^= 1;
    assertTrue(ContentEvidenceIn.of(evidence).verify(epochOneInfo).isEmpty());
  }

  @Test
  void malformedOrOversizedEvidenceIsRefused() {
    byte[] evidence = evidenceOfBob("hello");
    byte[] trailing = java.util.Arrays.copyOf(evidence, evidence.length + 1);
    assertThrows(MlsException.class, () -> ContentEvidenceIn.of(trailing));
    byte[] publicWire = evidence.clone();
    publicWire[1] = 1; // mls_public_message
    assertThrows(MlsException.class, () -> ContentEvidenceIn.of(publicWire));
    assertThrows(MlsException.class, () -> ContentEvidenceIn.of(new byte[] {0, 2, 1}));
    assertThrows(
        MlsException.class, () -> ContentEvidenceIn.of(new byte[ContentEvidenceIn.MAX_BYTES + 1]));
  }

  /** wire_format(2) ‖ group_id<V> ‖ epoch(8) ‖ sender_type(1) ‖ leaf_index(4) … (RFC 9420 §6). */
  private static int senderLeafOffset(byte[] evidence) {
    int length = evidence[2] & 0xff; // the group id's one-byte varint length (< 64)
    return 2 + 1 + length + 8 + 1;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }
}
