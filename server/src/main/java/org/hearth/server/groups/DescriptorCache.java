package org.hearth.server.groups;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.hearth.server.platform.ClusterNotices;

/**
 * Group descriptors kept in memory: every message, commit and stream asks for its group, and groups
 * change seldom. A change drops the descriptor here once its transaction ends and, through {@link
 * ClusterNotices}, on every other node once it commits. While a node may have missed notices it
 * reads from the database and keeps nothing.
 *
 * <p>A read that began before a change ended is not kept: a global count of changes, taken before
 * the read and compared after, tells. Thread-safe.
 */
@ApplicationScoped
class DescriptorCache {
  /** More groups than an instance hosts; past it the cache starts again. */
  static final int MAX_ENTRIES = 10_000;

  @Inject ClusterNotices notices;

  @Resource TransactionSynchronizationRegistry transactions;

  private final Map<String, GroupDescriptor> byId = new ConcurrentHashMap<>();
  private final AtomicLong changes = new AtomicLong();

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    notices.subscribe(ClusterNotices.Channel.GROUP_CHANGED, this::drop, this::dropAll);
  }

  /** The descriptor of group {@code id}, from memory or else from {@code read}. */
  Optional<GroupDescriptor> get(String id, Supplier<Optional<GroupDescriptor>> read) {
    if (!notices.inStep()) {
      return read.get();
    }
    GroupDescriptor known = byId.get(id);
    if (known != null) {
      return Optional.of(known);
    }
    long before = changes.get();
    Optional<GroupDescriptor> found = read.get();
    if (found.isPresent() && changes.get() == before && notices.inStep()) {
      if (byId.size() >= MAX_ENTRIES) {
        byId.clear();
      }
      byId.put(id, found.get());
    }
    return found;
  }

  /** Within the transaction that changes group {@code id}. */
  void changing(String id) {
    drop(id);
    notices.send(ClusterNotices.Channel.GROUP_CHANGED, id);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            drop(id);
          }
        });
  }

  private void drop(String id) {
    changes.incrementAndGet();
    byId.remove(id);
  }

  private void dropAll() {
    changes.incrementAndGet();
    byId.clear();
  }
}
