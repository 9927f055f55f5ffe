package org.hearth.crypto.mls;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.time.Duration;
import java.util.List;
import org.hearth.crypto.Ed25519KeyPair;

/**
 * Valid MLS messages of one small group, for fuzz targets to mutate: structure-aware inputs reach
 * far deeper into the parser and the public group view than random bytes.
 */
final class FuzzFixtures {
  /** The service's view at the epoch where every message below is current. */
  final PublicGroup view;

  /** A member commit (add), a path-update commit, an external commit, a leave proposal. */
  final List<byte[]> handshakes;

  /** Every kind of MLSMessage: the handshakes, a Welcome, a KeyPackage, a GroupInfo, a message. */
  final List<byte[]> messages;

  FuzzFixtures() {
    MlsMember alice = MlsMember.create(GroupId.random(), Ed25519KeyPair.generate());
    Ed25519KeyPair bobKey = Ed25519KeyPair.generate();
    KeyPackageBundle bob = KeyPackageBundle.create(bobKey, Duration.ofDays(1));
    PublicGroup start = PublicGroup.fromFirstGroupInfo(alice.groupInfo());
    PendingCommit addBob = alice.add(List.of(bob.keyPackage()));
    view =
        start.applyCommit(MlsMessageIn.parse(addBob.commit())).value().finalise(addBob.groupInfo());
    alice.merge(addBob);
    MlsMember bobMember = MlsMember.join(addBob.welcome().orElseThrow(), bobKey, bob);
    KeyPackageBundle carol = KeyPackageBundle.create(Ed25519KeyPair.generate(), Duration.ofDays(1));
    byte[] addCarol = alice.add(List.of(carol.keyPackage())).commit();
    byte[] update = bobMember.updatePath().commit();
    byte[] external = MlsMember.externalJoin(alice.groupInfo(), Ed25519KeyPair.generate()).commit();
    byte[] leave = bobMember.proposeLeave();
    handshakes = List.of(addCarol, update, external, leave);
    messages =
        List.of(
            addCarol,
            update,
            external,
            leave,
            addBob.welcome().orElseThrow(),
            carol.keyPackage(),
            alice.groupInfo(),
            alice.protect(new byte[] {1, 2, 3}));
  }

  /**
   * One of {@code bases}, mutated by the fuzzer: byte flips and overwrites at chosen offsets, then
   * an optional cut or extension.
   */
  static byte[] mutate(FuzzedDataProvider data, List<byte[]> bases) {
    byte[] message = bases.get(data.consumeInt(0, bases.size() - 1)).clone();
    int edits = data.consumeInt(0, 8);
    for (int i = 0; i < edits && message.length > 0; i++) {
      int at = data.consumeInt(0, message.length - 1);
      message[at] = data.consumeBoolean() ? (byte) (message[at] ^ 1) : data.consumeByte();
    }
    int length = data.consumeInt(0, message.length + 16);
    byte[] out = new byte[length];
    System.arraycopy(message, 0, out, 0, Math.min(length, message.length));
    return out;
  }
}
