package org.hearth.bench.measure;

import java.util.Map;

/**
 * The figures of one measured run of one server at one shape.
 *
 * @param server the server's name, as printed
 * @param groups groups in the run
 * @param members members per group
 * @param seconds the measured window
 * @param accepted messages accepted in the window
 * @param deliveries deliveries to other members in the window
 * @param p50 send-to-delivery latency, milliseconds
 * @param p95 same, 95th percentile
 * @param p99 same, 99th percentile
 * @param cpuSeconds the server's CPU time in the window
 * @param rssBytes the server's resident memory at the end of the window
 * @param failures failures by kind, whenever they happened
 */
public record RunResult(
    String server,
    int groups,
    int members,
    double seconds,
    long accepted,
    long deliveries,
    double p50,
    double p95,
    double p99,
    double cpuSeconds,
    long rssBytes,
    Map<String, Long> failures) {

  /** The result of a run counted by {@code counts}, with the server's use over the window. */
  public static RunResult of(
      String server, int groups, int members, Deliveries counts, ProcessSample used) {
    return new RunResult(
        server,
        groups,
        members,
        counts.seconds(),
        counts.acceptedCount(),
        counts.deliveryCount(),
        counts.latencyMillis(50),
        counts.latencyMillis(95),
        counts.latencyMillis(99),
        used.cpuSeconds(),
        used.rssBytes(),
        counts.failures());
  }

  public double acceptedPerSecond() {
    return accepted / seconds;
  }

  public double deliveriesPerSecond() {
    return deliveries / seconds;
  }

  /** Server CPU-seconds per 1,000 deliveries; NaN without deliveries. */
  public double cpuPerThousand() {
    return deliveries == 0 ? Double.NaN : 1000 * cpuSeconds / deliveries;
  }

  public double rssMiB() {
    return rssBytes / 1048576.0;
  }

  public String shape() {
    return groups + "x" + members;
  }
}
