package org.hearth.federation.bench;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.hearth.federation.GroupListing;
import org.hearth.federation.merge.MergedView;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse, verify and merge the directory feeds of {@code peers} peers with {@code entries} entries
 * each (100 x 1,000 = 100,000 entry signatures plus 100 feed signatures), with {@code threads}
 * verifier threads. Single-shot: one operation is one full refresh of every peer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx1g"})
public class FeedVerifyMergeBenchmark {
  @Param({"100"})
  int peers;

  @Param({"1000"})
  int entries;

  @Param({"1", "2"})
  int threads;

  private FederationScenario scenario;
  private ExecutorService pool;

  @Setup(Level.Trial)
  public void setUp() {
    scenario = new FederationScenario(peers, entries);
    pool = Executors.newFixedThreadPool(threads);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdownNow();
  }

  @Benchmark
  public MergedView<GroupListing> verifyAndMerge() throws Exception {
    return scenario.verifyAndMerge(pool);
  }
}
