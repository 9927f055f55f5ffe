package org.hearth.bench;

import java.util.List;
import org.hearth.bench.measure.Deliveries;
import org.hearth.bench.measure.ProcessSample;
import org.hearth.bench.measure.RunResult;

/**
 * Runs one shape of the closed-loop workload against one server: set up, every member sending,
 * warm-up, measured window, stop. The same code drives every server.
 *
 * <p>Not thread-safe.
 */
public final class ClosedLoop {
  private final int payload;
  private final int warmupSeconds;
  private final int measuredSeconds;

  public ClosedLoop(int payload, int warmupSeconds, int measuredSeconds) {
    this.payload = payload;
    this.warmupSeconds = warmupSeconds;
    this.measuredSeconds = measuredSeconds;
  }

  /** Runs {@code groups} × {@code members} against {@code target} and returns what it measured. */
  public RunResult run(ChatTarget target, int groups, int members, Progress progress)
      throws Exception {
    Deliveries counts = new Deliveries();
    progress.say(target.name() + " " + groups + "x" + members + ": setting up");
    List<ChatMember> all = target.join(groups, members, payload, counts);
    progress.say(target.name() + " " + groups + "x" + members + ": running");
    try {
      all.forEach(ChatMember::start);
      Thread.sleep(warmupSeconds * 1000L);
      ProcessSample before = ProcessSample.of(target.pid());
      counts.open(System.nanoTime());
      Thread.sleep(measuredSeconds * 1000L);
      counts.close(System.nanoTime());
      ProcessSample used = ProcessSample.of(target.pid()).since(before);
      return RunResult.of(target.name(), groups, members, counts, used);
    } finally {
      all.forEach(ChatMember::stop);
    }
  }

  /** Where a run reports what it is doing. */
  @FunctionalInterface
  public interface Progress {
    void say(String line);
  }
}
