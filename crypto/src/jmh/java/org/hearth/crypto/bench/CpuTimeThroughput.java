package org.hearth.crypto.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * A complement to JMH for shared machines: runs each {@link CryptoBenchmarks} operation on one
 * thread and divides the operations by the CPU time that thread actually got, so other processes
 * competing for the cores do not lower the figure (they still disturb caches and turbo, and work on
 * other threads, such as garbage collection and JIT compilation, is not counted). Run with {@code
 * java -cp crypto/target/benchmarks.jar org.hearth.crypto.bench.CpuTimeThroughput}.
 */
public final class CpuTimeThroughput {
  private static final long WARMUP_CPU_NANOS = 3_000_000_000L;
  private static final long MEASURE_CPU_NANOS = 3_000_000_000L;

  /** Written with every result so the JIT cannot drop the work. */
  private static volatile int sink;

  private CpuTimeThroughput() {}

  public static void main(String[] args) throws Exception {
    CryptoBenchmarks b = new CryptoBenchmarks();
    b.setUp();
    Map<String, Callable<Object>> ops = new LinkedHashMap<>();
    ops.put("ed25519SignBc", b::ed25519SignBc);
    ops.put("ed25519SignJdkBaseline", b::ed25519SignJdkBaseline);
    ops.put("ed25519VerifyBc", b::ed25519VerifyBc);
    ops.put("ed25519VerifyBcUnpreparedBaseline", b::ed25519VerifyBcUnpreparedBaseline);
    ops.put("ed25519VerifyJdkBaseline", b::ed25519VerifyJdkBaseline);
    ops.put("challengeParseAndVerify", b::challengeParseAndVerify);
    ops.put("sessionTokenIssue", b::sessionTokenIssue);
    ops.put("sessionTokenVerify", b::sessionTokenVerify);
    ops.put("hmacSha256JdkBaseline", b::hmacSha256JdkBaseline);
    ops.put("signedDocumentVerify", b::signedDocumentVerify);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    System.out.printf("%-36s %14s%n", "operation", "ops/CPU-second");
    for (Map.Entry<String, Callable<Object>> op : ops.entrySet()) {
      run(threads, op.getValue(), WARMUP_CPU_NANOS);
      long[] measured = run(threads, op.getValue(), MEASURE_CPU_NANOS);
      System.out.printf("%-36s %,14.0f%n", op.getKey(), measured[0] * 1e9 / (double) measured[1]);
    }
  }

  /** Runs {@code op} until the thread used {@code cpuNanos}; returns {ops, cpu nanos}. */
  private static long[] run(ThreadMXBean threads, Callable<Object> op, long cpuNanos)
      throws Exception {
    long start = threads.getCurrentThreadCpuTime();
    long ops = 0;
    long used;
    do {
      for (int i = 0; i < 64; i++) {
        sink = System.identityHashCode(op.call());
      }
      ops += 64;
      used = threads.getCurrentThreadCpuTime() - start;
    } while (used < cpuNanos);
    return new long[] {ops, used};
  }
}
