package org.hearth.bench.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints results of two servers at the same shapes as one Markdown table, each Hearth row followed
 * by the Prosody row of its shape and the ratio Hearth/Prosody of every figure.
 *
 * <p>Not thread-safe.
 */
public final class ComparisonTable {
  private static final String HEADER =
      "| shape | server | accepted msg/s | deliveries/s | p50 ms | p95 ms | p99 ms"
          + " | CPU-s / 1,000 deliveries | RSS MiB |";
  private static final String RULE = "|---|---|---:|---:|---:|---:|---:|---:|---:|";

  private final List<RunResult[]> pairs = new ArrayList<>();

  /** Adds a pair measured at the same shape; either may be null when that run failed. */
  public void add(RunResult hearth, RunResult peer) {
    pairs.add(new RunResult[] {hearth, peer});
  }

  /** The table as Markdown lines. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>(List.of(HEADER, RULE));
    for (RunResult[] pair : pairs) {
      RunResult hearth = pair[0];
      RunResult peer = pair[1];
      if (hearth != null) {
        lines.add(row(hearth));
      }
      if (peer != null) {
        lines.add(row(peer));
      }
      if (hearth != null && peer != null) {
        lines.add(
            String.format(
                Locale.ROOT,
                "| %s | **Hearth/%s** | %s | %s | %s | %s | %s | %s | %s |",
                hearth.shape(),
                peer.server(),
                ratio(hearth.acceptedPerSecond(), peer.acceptedPerSecond()),
                ratio(hearth.deliveriesPerSecond(), peer.deliveriesPerSecond()),
                ratio(hearth.p50(), peer.p50()),
                ratio(hearth.p95(), peer.p95()),
                ratio(hearth.p99(), peer.p99()),
                ratio(hearth.cpuPerThousand(), peer.cpuPerThousand()),
                ratio(hearth.rssMiB(), peer.rssMiB())));
      }
    }
    return lines;
  }

  public static String row(RunResult r) {
    return String.format(
        Locale.ROOT,
        "| %s | %s | %,.0f | %,.0f | %.1f | %.1f | %.1f | %.3f | %.0f |",
        r.shape(),
        r.server(),
        r.acceptedPerSecond(),
        r.deliveriesPerSecond(),
        r.p50(),
        r.p95(),
        r.p99(),
        r.cpuPerThousand(),
        r.rssMiB());
  }

  /** {@code a / b} as "1.23×", or "n/a" when b is zero or either is not a number. */
  static String ratio(double a, double b) {
    if (b == 0 || Double.isNaN(a) || Double.isNaN(b)) {
      return "n/a";
    }
    return String.format(Locale.ROOT, "%.2f×", a / b);
  }
}
