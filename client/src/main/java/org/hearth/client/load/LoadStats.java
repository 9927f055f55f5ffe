package org.hearth.client.load;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * What a load run counts inside its measured window: messages the server accepted, deliveries to
 * followers (a message reaching one member), send-to-delivery latency in microseconds, and failures
 * by kind. Before {@link #open} and after {@link #close} nothing is counted.
 *
 * <p>Thread-safe.
 */
final class LoadStats {
  private static final long MAX_LATENCY_MICROS = 10 * 60 * 1_000_000L;

  private final Histogram latency = new ConcurrentHistogram(MAX_LATENCY_MICROS, 3);
  private final LongAdder accepted = new LongAdder();
  private final LongAdder deliveries = new LongAdder();
  private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
  private volatile long openedAt = Long.MAX_VALUE;
  private volatile long closedAt = Long.MAX_VALUE;

  /** Starts the measured window now. */
  void open() {
    openedAt = System.nanoTime();
  }

  /** Ends the measured window now. */
  void close() {
    closedAt = System.nanoTime();
  }

  /** The window's length in seconds. */
  double seconds() {
    return (closedAt - openedAt) / 1e9;
  }

  private boolean inWindow(long nanos) {
    return nanos >= openedAt && nanos < closedAt;
  }

  /** The server accepted a message just now. */
  void accepted() {
    if (inWindow(System.nanoTime())) {
      accepted.increment();
    }
  }

  /** A message sent at {@code sentAt} reached a member at {@code at} (System.nanoTime). */
  void delivered(long sentAt, long at) {
    if (inWindow(at)) {
      deliveries.increment();
      latency.recordValue(Math.max(0, Math.min(MAX_LATENCY_MICROS, (at - sentAt) / 1000)));
    }
  }

  /** Something failed; counted by {@code kind} whenever it happens. */
  void failed(String kind) {
    failures.computeIfAbsent(kind, k -> new LongAdder()).increment();
  }

  long acceptedCount() {
    return accepted.sum();
  }

  long deliveries() {
    return deliveries.sum();
  }

  /** Latency at {@code percentile}, in milliseconds. */
  double latencyMillis(double percentile) {
    return latency.getValueAtPercentile(percentile) / 1000.0;
  }

  double maxLatencyMillis() {
    return latency.getMaxValue() / 1000.0;
  }

  Map<String, Long> failures() {
    Map<String, Long> counts = new java.util.TreeMap<>();
    failures.forEach((kind, count) -> counts.put(kind, count.sum()));
    return counts;
  }
}
