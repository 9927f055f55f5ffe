package org.hearth.crypto.bc.mls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.bouncycastle.mls.protocol.Group;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.mls.MlsException;
import org.junit.jupiter.api.Test;

class BcMlsStateCodecTest {
  @Test
  void aSnapshotWithAnotherClassFingerprintIsRefused() {
    BcMlsGroup member = BcMlsJoins.create(new byte[] {7}, Ed25519KeyPair.generate());
    byte[] snapshot = BcMlsStateCodec.save(member);
    byte[] header = BcMlsStateCodec.header();
    assertArrayEquals(header, Arrays.copyOf(snapshot, header.length));
    // The last header byte belongs to the SHA-256 fingerprint of bcmls's reachable fields.
    snapshot[header.length - 1] ^= 1;
    assertThrows(MlsException.class, () -> BcMlsStateCodec.restore(snapshot));
  }

  @Test
  void theFingerprintCoversTheClassesReachedFromTheRoots() {
    assertFalse(
        Arrays.equals(
            BcMlsFingerprint.of(Group.class),
            BcMlsFingerprint.of(
                Group.class, org.bouncycastle.crypto.params.X448PrivateKeyParameters.class)));
    assertArrayEquals(BcMlsFingerprint.of(Group.class), BcMlsFingerprint.of(Group.class));
  }
}
