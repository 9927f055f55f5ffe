package org.hearth.crypto.mls;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hearth.crypto.Ed25519KeyPair;

/**
 * Groups of a given size for the MLS benchmarks, in the two tree shapes that bound a commit's cost
 * (RFC 9420 section 7.7, resolution of a copath node):
 *
 * <ul>
 *   <li>{@link Shape#BULK}: everybody added by one Add commit without a path, so every parent node
 *       is blank and the committer's copath resolves to all other leaves (one HPKE encryption per
 *       member, the worst case until members have committed themselves);
 *   <li>{@link Shape#FULL}: everybody joined by external commit one after the other, so every
 *       parent node is set and has no unmerged leaves (one HPKE encryption per tree level).
 * </ul>
 *
 * <p>The committer is at leaf 0; the other member is at leaf 1 and has seen every commit.
 */
public final class MlsBenchGroups {
  /** How the group was built: see the class doc. */
  public enum Shape {
    BULK,
    FULL
  }

  /**
   * A built group.
   *
   * @param committer the member at leaf 0, who makes the benchmarked commits
   * @param other the member at leaf 1, at the same epoch
   */
  public record Built(MlsMember committer, MlsMember other) {}

  private MlsBenchGroups() {}

  public static Built build(int members, Shape shape) {
    return shape == Shape.BULK ? bulk(members) : full(members);
  }

  private static Built bulk(int members) {
    MlsMember alice = MlsMember.create(GroupId.random(), Ed25519KeyPair.generate());
    Ed25519KeyPair bobKey = Ed25519KeyPair.generate();
    KeyPackageBundle bobBundle = KeyPackageBundle.create(bobKey, Duration.ofDays(1));
    List<byte[]> keyPackages = new ArrayList<>();
    keyPackages.add(bobBundle.keyPackage());
    for (int i = 2; i < members; i++) {
      keyPackages.add(
          KeyPackageBundle.create(Ed25519KeyPair.generate(), Duration.ofDays(1)).keyPackage());
    }
    PendingCommit add = alice.add(keyPackages);
    alice.merge(add);
    return new Built(alice, MlsMember.join(add.welcome().orElseThrow(), bobKey, bobBundle));
  }

  private static Built full(int members) {
    MlsMember alice = MlsMember.create(GroupId.random(), Ed25519KeyPair.generate());
    MlsMember bob = null;
    for (int i = 1; i < members; i++) {
      MlsMember.ExternalJoin join =
          MlsMember.externalJoin(alice.groupInfo(), Ed25519KeyPair.generate());
      alice.handle(join.commit());
      if (bob == null) {
        bob = join.member();
      } else {
        bob.handle(join.commit());
      }
    }
    return new Built(alice, bob);
  }
}
