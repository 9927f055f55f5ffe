package org.hearth.server.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.hearth.server.platform.ClusterNotices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DescriptorCacheTest {
  private final List<Synchronization> afterCommit = new ArrayList<>();
  private final AtomicInteger reads = new AtomicInteger();
  private DescriptorCache cache;

  @BeforeEach
  void setUp() {
    cache = new DescriptorCache();
    // A ClusterNotices that never started is the embedded database's: one node, always in step.
    cache.notices = new ClusterNotices();
    cache.transactions = registry(afterCommit);
  }

  @Test
  void aDescriptorIsReadOnceThenServedFromMemory() {
    assertEquals("first", read("g1", "first").name());
    assertEquals("first", read("g1", "second").name());
    assertEquals(1, reads.get());
  }

  @Test
  void aChangeIsSeenOnceItsTransactionEnds() {
    read("g1", "before");
    cache.changing("g1");
    assertEquals("during", read("g1", "during").name(), "a change drops the descriptor at once");
    afterCommit.forEach(s -> s.afterCompletion(Status.STATUS_COMMITTED));
    assertEquals("after", read("g1", "after").name(), "and again once it commits");
    assertEquals(3, reads.get());
  }

  @Test
  void aReadThatOverlapsAChangeIsNotKept() {
    cache.get(
        "g1",
        () -> {
          reads.incrementAndGet();
          cache.changing("g1");
          afterCommit.forEach(s -> s.afterCompletion(Status.STATUS_COMMITTED));
          return Optional.of(descriptor("g1", "stale"));
        });
    assertEquals("fresh", read("g1", "fresh").name());
  }

  @Test
  void anUnknownGroupIsNotRemembered() {
    cache.get(
        "g2",
        () -> {
          reads.incrementAndGet();
          return Optional.empty();
        });
    assertEquals("created", read("g2", "created").name());
    assertEquals(2, reads.get());
  }

  private GroupDescriptor read(String id, String name) {
    return cache
        .get(
            id,
            () -> {
              reads.incrementAndGet();
              return Optional.of(descriptor(id, name));
            })
        .orElseThrow();
  }

  private static GroupDescriptor descriptor(String id, String name) {
    return new GroupDescriptor(
        id,
        name,
        "",
        List.of(),
        "en",
        12,
        JoinPolicy.OPEN,
        null,
        null,
        0,
        true,
        30,
        List.of(),
        null,
        null,
        null,
        false,
        null,
        false);
  }

  private static TransactionSynchronizationRegistry registry(List<Synchronization> out) {
    return new TransactionSynchronizationRegistry() {
      @Override
      public void registerInterposedSynchronization(Synchronization sync) {
        out.add(sync);
      }

      @Override
      public Object getTransactionKey() {
        return null;
      }

      @Override
      public void putResource(Object key, Object value) {}

      @Override
      public Object getResource(Object key) {
        return null;
      }

      @Override
      public int getTransactionStatus() {
        return Status.STATUS_ACTIVE;
      }

      @Override
      public void setRollbackOnly() {}

      @Override
      public boolean getRollbackOnly() {
        return false;
      }
    };
  }
}
