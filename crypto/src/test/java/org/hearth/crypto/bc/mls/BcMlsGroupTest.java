package org.hearth.crypto.bc.mls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.mls.codec.MLSMessage;
import org.bouncycastle.mls.protocol.Group;
import org.hearth.crypto.Ed25519KeyPair;
import org.junit.jupiter.api.Test;

class BcMlsGroupTest {
  private static BcMlsKeyPackages.Material keyPackage(Ed25519KeyPair key) {
    Instant now = Instant.now();
    return BcMlsKeyPackages.create(
        key, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)));
  }

  /**
   * Another implementation may propose an Add on its own (RFC 9420 section 12.1.1): the commit that
   * includes it needs the Welcome, with the ratchet tree in it, like an Add Hearth makes itself.
   */
  @Test
  void aCommitOfAPendingAddProposalCarriesTheWelcome() throws Exception {
    Ed25519KeyPair bobKey = Ed25519KeyPair.generate();
    Ed25519KeyPair carolKey = Ed25519KeyPair.generate();
    BcMlsGroup alice = BcMlsJoins.create(new byte[] {4, 5, 6}, Ed25519KeyPair.generate());
    BcMlsKeyPackages.Material bobPackage = keyPackage(bobKey);
    BcMlsGroup.Staged addBob =
        alice.stage(List.of(bobPackage.keyPackageMessage()), List.of(), false);
    alice.merge(addBob);
    BcMlsGroup bob = BcMlsJoins.join(addBob.welcome(), bobKey, bobPackage);

    BcMlsKeyPackages.Material carolPackage = keyPackage(carolKey);
    MLSMessage carolKeyPackage =
        BcMls.decodeExact(carolPackage.keyPackageMessage(), MLSMessage.class);
    byte[] proposal =
        BcMls.encode(
            alice
                .group()
                .add(carolKeyPackage.keyPackage, new Group.MessageOptions(false, new byte[0], 0)));
    assertEquals(BcMlsGroup.Outcome.PROPOSAL_STORED, alice.handle(proposal));
    assertEquals(BcMlsGroup.Outcome.PROPOSAL_STORED, bob.handle(proposal));

    BcMlsGroup.Staged commit = bob.stage(List.of(), List.of(), false);
    assertNotNull(commit.welcome());
    bob.merge(commit);
    assertEquals(BcMlsGroup.Outcome.EPOCH_ADVANCED, alice.handle(commit.commit()));
    BcMlsGroup carol = BcMlsJoins.join(commit.welcome(), carolKey, carolPackage);
    assertArrayEquals(bob.epochAuthenticator(), carol.epochAuthenticator());
    assertArrayEquals(alice.epochAuthenticator(), carol.epochAuthenticator());

    assertNull(bob.stage(List.of(), List.of(), true).welcome());
  }
}
