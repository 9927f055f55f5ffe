package org.hearth.federation.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.hearth.federation.GroupListing;
import org.hearth.federation.merge.MergedView;

/**
 * The same work as {@link FeedVerifyMergeBenchmark} as a plain program that prints, per thread
 * count, the wall time of a full refresh, entries verified per second, and the heap the merged view
 * keeps (used heap after a GC, minus the baseline with only the wire feeds held).
 *
 * <p>Usage: {@code java -cp federation/target/benchmarks.jar
 * org.hearth.federation.bench.FeedVerifyMergeMain [peers] [entriesPerPeer] [rounds]}
 */
public final class FeedVerifyMergeMain {
  private FeedVerifyMergeMain() {}

  public static void main(String[] args) throws Exception {
    int peers = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int perPeer = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    long t0 = System.nanoTime();
    FederationScenario scenario = new FederationScenario(peers, perPeer);
    System.out.printf(
        Locale.ROOT,
        "setup: %d peers x %d entries signed in %.1f s; wire size %.1f MiB%n",
        peers,
        perPeer,
        (System.nanoTime() - t0) / 1e9,
        scenario.feeds.stream().mapToLong(String::length).sum() / 1048576.0);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.out.println("threads  best_ms  median_ms  entries_per_s  retained_view_MiB");
    for (int threads : new int[] {1, 2}) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      scenario.verifyAndMerge(pool); // warm-up
      long[] times = new long[rounds];
      MergedView<GroupListing> view = null;
      for (int r = 0; r < rounds; r++) {
        view = null;
        long start = System.nanoTime();
        view = scenario.verifyAndMerge(pool);
        times[r] = System.nanoTime() - start;
      }
      pool.shutdownNow();
      java.util.Arrays.sort(times);
      long withView = usedAfterGc(memory);
      int size = view.entries().size();
      view = null;
      long without = usedAfterGc(memory);
      System.out.printf(
          Locale.ROOT,
          "%7d  %7.0f  %9.0f  %13.0f  %17.1f   (%d entries merged)%n",
          threads,
          times[0] / 1e6,
          times[rounds / 2] / 1e6,
          scenario.entries / (times[rounds / 2] / 1e9),
          (withView - without) / 1048576.0,
          size);
    }
  }

  private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
