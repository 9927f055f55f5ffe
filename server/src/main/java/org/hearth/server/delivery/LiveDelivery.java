package org.hearth.server.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.hearth.protocol.delivery.DeliveredMessage;

/**
 * Fans out each newly committed message to the members following the group live. Only a hint: every
 * follower keeps its own position and fills any gap from the database (see {@link Follower}), so
 * the order in which commits of concurrent transactions reach it does not matter.
 *
 * <p>Thread-safe; holds no message after handing it on.
 */
@ApplicationScoped
class LiveDelivery {
  private final Map<String, Set<Follower>> followers = new ConcurrentHashMap<>();

  void follow(String groupId, Follower follower) {
    followers.computeIfAbsent(groupId, k -> new CopyOnWriteArraySet<>()).add(follower);
  }

  void unfollow(String groupId, Follower follower) {
    followers.computeIfPresent(
        groupId,
        (k, set) -> {
          set.remove(follower);
          return set.isEmpty() ? null : set;
        });
  }

  void publish(String groupId, DeliveredMessage message) {
    Set<Follower> set = followers.get(groupId);
    if (set != null) {
      for (Follower follower : set) {
        follower.offer(message);
      }
    }
  }

  /** Another node stored message {@code seq}: followers that lack it read from the database. */
  void nudge(String groupId, long seq) {
    Set<Follower> set = followers.get(groupId);
    if (set != null) {
      for (Follower follower : set) {
        follower.behind(seq);
      }
    }
  }

  /** Every follower, for keep-alives. */
  List<Follower> all() {
    return followers.values().stream().flatMap(Set::stream).toList();
  }

  /** How many streams are open, for operators. */
  int count() {
    return followers.values().stream().mapToInt(Set::size).sum();
  }
}
