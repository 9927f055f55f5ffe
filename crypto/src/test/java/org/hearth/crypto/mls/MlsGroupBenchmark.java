package org.hearth.crypto.mls;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hearth.crypto.Ed25519KeyPair;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Handshake and state costs by group size (JMH; run with the {@code bench} profile): a commit with
 * an UpdatePath, processing it as another member, following it in the public view, and saving or
 * restoring a member's state.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MlsGroupBenchmark {
  @Param({"2", "8", "32", "128", "256"})
  public int members;

  private MlsMember alice;
  private byte[] bobSnapshot;
  private PublicGroup view;
  private PendingCommit update;
  private MlsMember bob;

  @Setup(Level.Trial)
  public void group() {
    alice = MlsMember.create(GroupId.random(), Ed25519KeyPair.generate());
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
    MlsMember joined = MlsMember.join(add.welcome().orElseThrow(), bobKey, bobBundle);
    view = PublicGroup.fromFirstGroupInfo(alice.groupInfo());
    bobSnapshot = joined.save();
    update = alice.updatePath();
  }

  @Setup(Level.Invocation)
  public void freshBob() {
    bob = MlsMember.restore(bobSnapshot);
  }

  /** Stage a commit with an UpdatePath (new keys along the committer's path). */
  @Benchmark
  public PendingCommit commitWithPath() {
    return alice.updatePath();
  }

  /** Process that commit as another member (restore excluded: done per invocation in setup). */
  @Benchmark
  public Handled processCommit() {
    return bob.handle(update.commit());
  }

  /** Follow that commit in the delivery service's public view and finalise the epoch. */
  @Benchmark
  public PublicGroup publicView() {
    return view.applyCommit(MlsMessageIn.parse(update.commit()))
        .value()
        .finalise(update.groupInfo());
  }

  @Benchmark
  public byte[] saveState() {
    return bob.save();
  }

  @Benchmark
  public MlsMember restoreState() {
    return MlsMember.restore(bobSnapshot);
  }
}
