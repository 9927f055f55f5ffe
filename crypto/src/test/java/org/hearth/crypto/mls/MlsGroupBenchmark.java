package org.hearth.crypto.mls;

import java.util.concurrent.TimeUnit;
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
 * Handshake and state costs by group size and tree shape ({@link MlsBenchGroups}; JMH, run with the
 * {@code bench} profile): a commit with an UpdatePath, processing it as another member, following
 * it in the public view, and saving or restoring a member's state.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MlsGroupBenchmark {
  /** A group of {@code members}, a staged commit by leaf 0 and the public view before it. */
  @State(Scope.Thread)
  public static class Group {
    @Param({"2", "8", "32", "128", "256"})
    public int members;

    /** How the group was built: one bulk Add, or one external join after another. */
    @Param({"BULK", "FULL"})
    public MlsBenchGroups.Shape shape;

    MlsMember alice;
    byte[] bobSnapshot;
    PublicGroup view;
    PendingCommit update;
    byte[] updateGroupInfo;

    @Setup(Level.Trial)
    public void build() {
      MlsBenchGroups.Built built = MlsBenchGroups.build(members, shape);
      alice = built.committer();
      view = PublicGroup.fromFirstGroupInfo(alice.groupInfo());
      bobSnapshot = built.other().save();
      update = alice.updatePath();
      updateGroupInfo = update.groupInfo();
    }
  }

  /**
   * The group with the other member restored before every call, as processing a commit consumes its
   * state. (A subclass, not a dependent state: JMH would build a second group for that.)
   */
  @State(Scope.Thread)
  public static class WithFreshBob extends Group {
    MlsMember bob;

    @Setup(Level.Invocation)
    public void restore() {
      bob = MlsMember.restore(bobSnapshot);
    }
  }

  /** Stage a commit with an UpdatePath (new keys along the committer's path). */
  @Benchmark
  public PendingCommit commitWithPath(Group group) throws Exception {
    return CpuTimePerOp.measure(() -> group.alice.updatePath());
  }

  /** Stage that commit and produce the GroupInfo the committer uploads with it. */
  @Benchmark
  public byte[] commitAndGroupInfo(Group group) throws Exception {
    return CpuTimePerOp.measure(() -> group.alice.updatePath().groupInfo());
  }

  /** Process that commit as another member (restore excluded: done per invocation in setup). */
  @Benchmark
  public Handled processCommit(WithFreshBob group) throws Exception {
    return CpuTimePerOp.measure(() -> group.bob.handle(group.update.commit()));
  }

  /** Follow that commit in the delivery service's public view and finalise the epoch. */
  @Benchmark
  public PublicGroup publicView(Group group) throws Exception {
    return CpuTimePerOp.measure(
        () -> {
          return group
              .view
              .applyCommit(MlsMessageIn.parse(group.update.commit()))
              .value()
              .finalise(group.updateGroupInfo);
        });
  }

  /** The committer's snapshot, as saved after each merged commit. */
  @Benchmark
  public byte[] saveState(Group group) throws Exception {
    return CpuTimePerOp.measure(() -> group.alice.save());
  }

  @Benchmark
  public MlsMember restoreState(Group group) throws Exception {
    return CpuTimePerOp.measure(() -> MlsMember.restore(group.bobSnapshot));
  }
}
