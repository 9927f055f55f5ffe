package org.hearth.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private final AtomicLong now = new AtomicLong(1_000_000_000L);

  @Test
  void aBurstIsAllowedThenTheSustainedRate() {
    RateLimiter limiter = new RateLimiter(2, 4, now::get);
    for (int i = 0; i < 4; i++) {
      assertEquals(0, limiter.acquire("a"), "request " + i + " of the burst");
    }
    assertEquals(1, limiter.acquire("a"), "the fifth waits for a token");
    now.addAndGet(500_000_000L);
    assertEquals(0, limiter.acquire("a"), "half a second refills one token at 2/s");
    assertEquals(1, limiter.acquire("a"));
  }

  @Test
  void callersHaveTheirOwnBuckets() {
    RateLimiter limiter = new RateLimiter(1, 1, now::get);
    assertEquals(0, limiter.acquire("a"));
    assertTrue(limiter.acquire("a") > 0);
    assertEquals(0, limiter.acquire("b"));
  }

  @Test
  void idleCallersAreForgotten() {
    RateLimiter limiter = new RateLimiter(10, 10, now::get);
    limiter.acquire("a");
    limiter.acquire("b");
    assertEquals(2, limiter.size());
    now.addAndGet(2_000_000_000L);
    limiter.sweep(now.get());
    assertEquals(0, limiter.size());
  }

  @Test
  void aRateOfZeroTurnsTheLimitOff() {
    RateLimiter limiter = new RateLimiter(0, 1, now::get);
    for (int i = 0; i < 1000; i++) {
      assertEquals(0, limiter.acquire("a"));
    }
    assertEquals(0, limiter.size(), "and keeps nothing");
  }
}
