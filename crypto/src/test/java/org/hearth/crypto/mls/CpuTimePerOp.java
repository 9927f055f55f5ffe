package org.hearth.crypto.mls;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler ({@code -prof org.hearth.crypto.mls.CpuTimePerOp}) that reports the CPU time the
 * benchmark thread spent inside {@link #measure} calls, per operation, as the secondary result
 * {@code ·cpu}. The build machine is shared: wall-clock averages there mostly measure the other
 * builds, while the thread's own CPU time barely moves with the load. Per-invocation setup is left
 * out, as JMH leaves it out of the wall-clock score; each call adds about a microsecond.
 */
public final class CpuTimePerOp implements InternalProfiler {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final LongAdder NANOS = new LongAdder();

  /** Runs {@code operation} and counts the calling thread's CPU time for this iteration. */
  public static <T> T measure(Callable<T> operation) throws Exception {
    long start = THREADS.getCurrentThreadCpuTime();
    try {
      return operation.call();
    } finally {
      NANOS.add(THREADS.getCurrentThreadCpuTime() - start);
    }
  }

  @Override
  public String getDescription() {
    return "CPU time of the benchmark thread per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    NANOS.reset();
  }

  @Override
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
    TimeUnit unit = benchmark.getTimeUnit();
    double perOp =
        NANOS.sumThenReset() / (double) result.getMetadata().getAllOps() / unit.toNanos(1);
    return List.of(new ScalarResult("cpu", perOp, unit(unit) + "/op", AggregationPolicy.AVG));
  }

  private static String unit(TimeUnit unit) {
    return switch (unit) {
      case MILLISECONDS -> "ms";
      case MICROSECONDS -> "us";
      case NANOSECONDS -> "ns";
      default -> unit.name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
