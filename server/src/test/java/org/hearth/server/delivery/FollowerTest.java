package org.hearth.server.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hearth.protocol.delivery.DeliveredMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FollowerTest {
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final List<DeliveredMessage> stored = new CopyOnWriteArrayList<>();
  private final AtomicInteger reads = new AtomicInteger();
  private final List<Runnable> timers = new CopyOnWriteArrayList<>();
  private volatile boolean timersRun = true;

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  @Test
  void messagesOfferedOutOfOrderAndTwiceArriveOnceInOrder() throws Exception {
    List<Long> sent = new CopyOnWriteArrayList<>();
    Follower follower = new Follower(0, this::readAfter, stream(sent, null), executor, this::later);
    follower.catchUp();
    List<DeliveredMessage> offers = new ArrayList<>();
    for (long seq = 1; seq <= 300; seq++) {
      DeliveredMessage message = message(seq);
      stored.add(message);
      offers.add(message);
      offers.add(message);
    }
    Collections.shuffle(offers, new Random(7));
    offers.forEach(follower::offer);
    awaitPosition(follower, 300);
    List<Long> expected = new ArrayList<>();
    for (long seq = 1; seq <= 300; seq++) {
      expected.add(seq);
    }
    assertEquals(expected, sent);
  }

  @Test
  void theBacklogComesFirstThenNewMessages() throws Exception {
    for (long seq = 1; seq <= 5; seq++) {
      stored.add(message(seq));
    }
    List<Long> sent = new CopyOnWriteArrayList<>();
    Follower follower = new Follower(2, this::readAfter, stream(sent, null), executor, this::later);
    follower.catchUp();
    stored.add(message(6));
    follower.offer(message(6));
    stored.add(message(7));
    follower.behind(7);
    awaitPosition(follower, 7);
    assertEquals(List.of(3L, 4L, 5L, 6L, 7L), sent);
  }

  @Test
  void aSlowReaderNeverBlocksTheOfferingThread() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    List<Long> sent = new CopyOnWriteArrayList<>();
    Follower follower =
        new Follower(0, this::readAfter, stream(sent, release), executor, this::later);
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> {
          for (long seq = 1; seq <= 1000; seq++) {
            stored.add(message(seq));
            follower.offer(message(seq));
          }
        });
    release.countDown();
    awaitPosition(follower, 1000);
    assertEquals(1000, sent.size());
    assertEquals(1000L, sent.get(999));
  }

  @Test
  void aBrokenConnectionEndsTheStream() throws Exception {
    Follower follower =
        new Follower(
            0,
            this::readAfter,
            new Follower.Stream() {
              @Override
              public void send(DeliveredMessage message) {
                throw new IllegalStateException("gone");
              }

              @Override
              public void ping() {}

              @Override
              public void end() {}
            },
            executor,
            this::later);
    stored.add(message(1));
    follower.offer(message(1));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!follower.closed() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertTrue(follower.closed());
    assertEquals(0, follower.position());
  }

  @Test
  void aMessageJustBehindItsSuccessorIsSentWithoutReadingTheDatabase() throws Exception {
    timersRun = false;
    List<Long> sent = new CopyOnWriteArrayList<>();
    Follower follower = new Follower(0, this::readAfter, stream(sent, null), executor, this::later);
    stored.add(message(1));
    stored.add(message(2));
    follower.offer(message(2));
    follower.offer(message(1));
    awaitPosition(follower, 2);
    assertEquals(List.of(1L, 2L), sent);
    assertEquals(0, reads.get());
  }

  @Test
  void aGapThatStaysOpenIsReadFromTheDatabase() throws Exception {
    timersRun = false;
    List<Long> sent = new CopyOnWriteArrayList<>();
    Follower follower = new Follower(0, this::readAfter, stream(sent, null), executor, this::later);
    stored.add(message(1));
    stored.add(message(2));
    follower.offer(message(2));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (timers.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertEquals(List.of(), sent, "nothing is sent past a gap");
    assertEquals(1, timers.size());
    timers.remove(0).run();
    awaitPosition(follower, 2);
    assertEquals(List.of(1L, 2L), sent);
    assertEquals(1, reads.get());
  }

  /** The follower's timer: at once, or held for the test to run. */
  private void later(long millis, Runnable task) {
    if (timersRun) {
      executor.execute(task);
    } else {
      timers.add(task);
    }
  }

  private List<DeliveredMessage> readAfter(long after) {
    reads.incrementAndGet();
    return stored.stream()
        .filter(m -> m.seq() > after)
        .sorted((a, b) -> Long.compare(a.seq(), b.seq()))
        .limit(50)
        .toList();
  }

  private static Follower.Stream stream(List<Long> sent, CountDownLatch gate) {
    return new Follower.Stream() {
      @Override
      public void send(DeliveredMessage message) {
        if (gate != null) {
          try {
            gate.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        sent.add(message.seq());
      }

      @Override
      public void ping() {}

      @Override
      public void end() {}
    };
  }

  private static DeliveredMessage message(long seq) {
    return new DeliveredMessage(seq, "application", 1, 0, "AA", false);
  }

  private static void awaitPosition(Follower follower, long seq) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (follower.position() < seq && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertEquals(seq, follower.position());
  }
}
