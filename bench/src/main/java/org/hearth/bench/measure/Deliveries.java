package org.hearth.bench.measure;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * The closed loop's bookkeeping, the same for every server: a member notes each message it sends
 * under a key unique in the run (the ciphertext for Hearth, the body's prefix for XMPP); every
 * member that receives it reports the key. The sender receiving its own message back is an
 * <em>echo</em> (it may send its next one); anyone else receiving it is a <em>delivery</em>, timed
 * from the send. Only what happens between {@link #open} and {@link #close} is counted.
 *
 * <p>Thread-safe.
 */
public final class Deliveries {
  private static final long MAX_LATENCY_MICROS = 10 * 60 * 1_000_000L;

  /** What the receiver of a message learns from {@link #received}. */
  public enum Receipt {
    /** The message came back to its sender. */
    ECHO,
    /** The message reached another member. */
    DELIVERY,
    /** No member sent a message with this key. */
    UNKNOWN
  }

  private record Sent(int sender, long at) {}

  private final Map<String, Sent> sent = new ConcurrentHashMap<>();
  private final Histogram latency = new ConcurrentHistogram(MAX_LATENCY_MICROS, 3);
  private final LongAdder accepted = new LongAdder();
  private final LongAdder delivered = new LongAdder();
  private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
  private volatile long openedAt = Long.MAX_VALUE;
  private volatile long closedAt = Long.MAX_VALUE;

  /** Starts the measured window at {@code nanos} (System.nanoTime). */
  public void open(long nanos) {
    openedAt = nanos;
  }

  /** Ends the measured window at {@code nanos}. */
  public void close(long nanos) {
    closedAt = nanos;
  }

  /** The window's length in seconds. */
  public double seconds() {
    return (closedAt - openedAt) / 1e9;
  }

  boolean inWindow(long nanos) {
    return nanos >= openedAt && nanos < closedAt;
  }

  /** Member {@code sender} is about to send the message {@code key} at {@code at}. */
  public void sending(String key, int sender, long at) {
    sent.put(key, new Sent(sender, at));
  }

  /** The server accepted a message at {@code at} (for XMPP: the echo reached its sender). */
  public void accepted(long at) {
    if (inWindow(at)) {
      accepted.increment();
    }
  }

  /** Member {@code receiver} got the message {@code key} at {@code at}. */
  public Receipt received(String key, int receiver, long at) {
    Sent s = sent.get(key);
    if (s == null) {
      return Receipt.UNKNOWN;
    }
    if (s.sender() == receiver) {
      return Receipt.ECHO;
    }
    if (inWindow(at)) {
      delivered.increment();
      latency.recordValue(Math.max(0, Math.min(MAX_LATENCY_MICROS, (at - s.at()) / 1000)));
    }
    return Receipt.DELIVERY;
  }

  /** Something failed; counted by {@code kind} whenever it happens. */
  public void failed(String kind) {
    failures.computeIfAbsent(kind, k -> new LongAdder()).increment();
  }

  public long acceptedCount() {
    return accepted.sum();
  }

  public long deliveryCount() {
    return delivered.sum();
  }

  /** Send-to-delivery latency at {@code percentile}, in milliseconds. */
  public double latencyMillis(double percentile) {
    return latency.getValueAtPercentile(percentile) / 1000.0;
  }

  public Map<String, Long> failures() {
    Map<String, Long> counts = new TreeMap<>();
    failures.forEach((kind, count) -> counts.put(kind, count.sum()));
    return counts;
  }
}
