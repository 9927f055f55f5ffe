package org.hearth.server.api;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets per caller, held in memory only: each caller may make {@code perSecond} requests a
 * second on average and {@code burst} at once. Idle buckets are dropped, so memory stays bounded
 * and nothing about past callers is kept.
 *
 * <p>Thread-safe.
 */
public final class RateLimiter {
  /** Buckets beyond this many are swept of idle ones before a new one is made. */
  static final int SWEEP_ABOVE = 10_000;

  private final double perSecond;
  private final double burst;
  private final LongSupplier nanoClock;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  /**
   * @param perSecond sustained requests a second; 0 or less turns the limit off
   * @param burst requests allowed at once
   * @param nanoClock a monotonic clock in nanoseconds
   */
  public RateLimiter(double perSecond, double burst, LongSupplier nanoClock) {
    this.perSecond = perSecond;
    this.burst = Math.max(1, burst);
    this.nanoClock = nanoClock;
  }

  /**
   * Takes one token for {@code caller}.
   *
   * @return 0 when the request may go ahead, otherwise the whole seconds to wait
   */
  public long acquire(String caller) {
    if (perSecond <= 0) {
      return 0;
    }
    long now = nanoClock.getAsLong();
    if (buckets.size() > SWEEP_ABOVE) {
      sweep(now);
    }
    Bucket bucket = buckets.computeIfAbsent(caller, k -> new Bucket(burst, now));
    synchronized (bucket) {
      bucket.refill(now, perSecond, burst);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return (long) Math.ceil((1 - bucket.tokens) / perSecond);
    }
  }

  /** How many callers have a bucket now. */
  int size() {
    return buckets.size();
  }

  /** Drops buckets that have refilled completely: their callers are idle. */
  void sweep(long now) {
    for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
      Bucket bucket = it.next();
      synchronized (bucket) {
        bucket.refill(now, perSecond, burst);
        if (bucket.tokens >= burst) {
          it.remove();
        }
      }
    }
  }

  private static final class Bucket {
    double tokens;
    long updated;

    Bucket(double tokens, long updated) {
      this.tokens = tokens;
      this.updated = updated;
    }

    void refill(long now, double perSecond, double burst) {
      tokens = Math.min(burst, tokens + (now - updated) / 1e9 * perSecond);
      updated = now;
    }
  }
}
