package org.hearth.server.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hearth.server.api.ApiException;
import org.hearth.server.groups.GroupDescriptor;
import org.hearth.server.platform.HearthSettings;

/**
 * Limits how many joins (requests and external commits) one group takes per hour, so that fresh
 * keys cannot flood it. Held in memory only: a restart forgets it, and nothing about who joined is
 * kept.
 */
@ApplicationScoped
class JoinThrottle {
  private static final Duration WINDOW = Duration.ofHours(1);

  private final Map<String, Deque<Long>> recent = new ConcurrentHashMap<>();

  @Inject HearthSettings settings;

  Clock clock = Clock.systemUTC();

  /** Counts one join to {@code group}, or answers 429 with when the next one is possible. */
  void acquire(GroupDescriptor group) {
    long now = clock.millis();
    Deque<Long> times = recent.computeIfAbsent(group.id(), k -> new ArrayDeque<>());
    synchronized (times) {
      while (!times.isEmpty() && times.peekFirst() <= now - WINDOW.toMillis()) {
        times.removeFirst();
      }
      if (times.size() >= settings.joinsPerHour()) {
        long wait = (times.peekFirst() + WINDOW.toMillis() - now) / 1000 + 1;
        throw ApiException.tooMany(
            "This group has taken as many newcomers as it can this hour; try again later.", wait);
      }
      times.addLast(now);
    }
  }
}
