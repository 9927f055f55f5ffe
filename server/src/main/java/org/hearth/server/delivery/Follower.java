package org.hearth.server.delivery;

import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.function.LongFunction;
import org.hearth.protocol.delivery.DeliveredMessage;

/**
 * One member's live stream of a group: sends every message after its position exactly once and in
 * order. A message that arrives in order is sent as it is; anything else (a gap, a repeat, the
 * backlog at the start, a notice from another node) is read from the database from the position on.
 *
 * <p>Messages of one group commit one after the other, but the threads that offer them may run in
 * another order, so a message often arrives a moment after its successor. Such a gap is given
 * {@link #GAP_WAIT_MILLIS} to fill from memory before the stream reads from the database.
 *
 * <p>Sending happens on the executor, one task per stream at a time, never on the thread that
 * offers a message: a member whose connection is slow holds up only their own stream, never the
 * request that stored the message or the other members' streams.
 *
 * <p>Thread-safe.
 */
final class Follower {
  /** Offered messages kept while the stream is busy; beyond this they are read back later. */
  static final int QUEUE_LIMIT = 256;

  /** How long a gap may fill from offered messages before the database is read. */
  static final long GAP_WAIT_MILLIS = 25;

  /** Runs a task later, once. */
  interface Timer {
    void later(long millis, Runnable task);
  }

  private final LongFunction<List<DeliveredMessage>> readAfter;
  private final Stream stream;
  private final Executor executor;
  private final Timer timer;
  private final TreeMap<Long, DeliveredMessage> queue = new TreeMap<>();
  private long position;
  private long known;
  private boolean readNeeded;
  private boolean gapTimed;
  private boolean draining;
  private boolean closed;
  private boolean ended;

  /**
   * @param after the last sequence number the member has
   * @param readAfter reads stored messages after a sequence number, oldest first, a page at a time
   * @param stream where messages go
   * @param executor runs the sending
   * @param timer ends the wait for a gap to fill
   */
  Follower(
      long after,
      LongFunction<List<DeliveredMessage>> readAfter,
      Stream stream,
      Executor executor,
      Timer timer) {
    this.position = after;
    this.known = after;
    this.readAfter = readAfter;
    this.stream = stream;
    this.executor = executor;
    this.timer = timer;
  }

  /** The member's open connection. */
  interface Stream {
    /** Sends one message; throws when the connection is gone. */
    void send(DeliveredMessage message);

    /** Sends a keep-alive; throws when the connection is gone. */
    void ping();

    /** Ends the stream from the server's side. */
    void end();
  }

  /** Sends what is stored after the position (the backlog when the stream opens). */
  synchronized void catchUp() {
    readNeeded = true;
    schedule();
  }

  /** A newly committed message. */
  synchronized void offer(DeliveredMessage message) {
    if (closed || message.seq() <= position) {
      return;
    }
    known = Math.max(known, message.seq());
    if (queue.size() < QUEUE_LIMIT) {
      queue.putIfAbsent(message.seq(), message);
    } else {
      readNeeded = true;
    }
    schedule();
  }

  /** Message {@code seq} exists (stored through another node): send it if not sent yet. */
  synchronized void behind(long seq) {
    if (!closed && seq > position) {
      known = Math.max(known, seq);
      readNeeded = true;
      schedule();
    }
  }

  synchronized long position() {
    return position;
  }

  /** Keeps the connection alive; false once it is gone. */
  boolean ping() {
    synchronized (this) {
      if (closed) {
        return false;
      }
    }
    try {
      stream.ping();
      return true;
    } catch (RuntimeException e) {
      close();
      return false;
    }
  }

  /** Ends the stream (the member left the group, the connection is gone, the server stops). */
  void close() {
    synchronized (this) {
      closed = true;
      queue.clear();
      if (ended) {
        return;
      }
      ended = true;
    }
    try {
      stream.end();
    } catch (RuntimeException e) {
      // the connection is gone already
    }
  }

  synchronized boolean closed() {
    return closed;
  }

  private void schedule() {
    if (!draining && !closed) {
      draining = true;
      executor.execute(this::drain);
    }
  }

  /** Sends until there is nothing left; only one drain runs per stream at a time. */
  private void drain() {
    while (true) {
      DeliveredMessage next = null;
      long from;
      long knownBefore;
      synchronized (this) {
        queue.headMap(position, true).clear();
        if (closed) {
          draining = false;
          return;
        }
        if (!readNeeded && !queue.isEmpty() && queue.firstKey() == position + 1) {
          next = queue.pollFirstEntry().getValue();
        } else if (!readNeeded && known <= position) {
          draining = false;
          return;
        } else if (!readNeeded) {
          // A gap: its message is most likely being offered right now.
          waitForGap();
          draining = false;
          return;
        }
        if (next == null) {
          readNeeded = false;
        }
        from = position;
        knownBefore = known;
      }
      if (next != null) {
        send(next);
      } else {
        List<DeliveredMessage> page = readAfter.apply(from);
        if (page.isEmpty()) {
          synchronized (this) {
            if (known == knownBefore) {
              known = position;
            }
          }
        }
        for (DeliveredMessage message : page) {
          send(message);
        }
        if (!page.isEmpty()) {
          synchronized (this) {
            readNeeded = known > position || readNeeded;
          }
        }
      }
    }
  }

  /** Reads from the database if the gap after the position is still open after a short wait. */
  private void waitForGap() {
    if (gapTimed) {
      return;
    }
    gapTimed = true;
    long gapAt = position;
    timer.later(
        GAP_WAIT_MILLIS,
        () -> {
          synchronized (this) {
            gapTimed = false;
            if (position == gapAt && known > position) {
              readNeeded = true;
              schedule();
            } else if (known > position) {
              waitForGap();
            }
          }
        });
  }

  private void send(DeliveredMessage message) {
    synchronized (this) {
      if (closed || message.seq() <= position) {
        return;
      }
    }
    try {
      stream.send(message);
    } catch (RuntimeException e) {
      close();
      return;
    }
    synchronized (this) {
      position = message.seq();
    }
  }
}
