package org.hearth.server.delivery;

import java.util.List;
import java.util.function.LongFunction;
import org.hearth.protocol.delivery.DeliveredMessage;

/**
 * One member's live stream of a group: sends every message after its position exactly once and in
 * order. A message that arrives in order is sent at once; anything else (a gap, a repeat, the
 * backlog at the start) is read from the database from the position on.
 *
 * <p>Thread-safe: offers from concurrent committing requests are serialised.
 */
final class Follower {
  private final LongFunction<List<DeliveredMessage>> readAfter;
  private final Stream stream;
  private long position;
  private boolean closed;
  private boolean ended;

  /**
   * @param after the last sequence number the member has
   * @param readAfter reads stored messages after a sequence number, oldest first, a page at a time
   * @param stream where messages go
   */
  Follower(long after, LongFunction<List<DeliveredMessage>> readAfter, Stream stream) {
    this.position = after;
    this.readAfter = readAfter;
    this.stream = stream;
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

  /** Sends what is stored after the position (the backlog, or a gap). */
  synchronized void catchUp() {
    while (!closed) {
      List<DeliveredMessage> page = readAfter.apply(position);
      if (page.isEmpty()) {
        return;
      }
      for (DeliveredMessage message : page) {
        deliver(message);
      }
    }
  }

  /** A newly committed message. */
  synchronized void offer(DeliveredMessage message) {
    if (closed || message.seq() <= position) {
      return;
    }
    if (message.seq() == position + 1) {
      deliver(message);
    } else {
      catchUp();
    }
  }

  /** Message {@code seq} exists: catches up if this stream has not sent it yet. */
  synchronized void behind(long seq) {
    if (!closed && seq > position) {
      catchUp();
    }
  }

  synchronized long position() {
    return position;
  }

  /** Keeps the connection alive; false once it is gone. */
  synchronized boolean ping() {
    if (!closed) {
      try {
        stream.ping();
      } catch (RuntimeException e) {
        closed = true;
      }
    }
    return !closed;
  }

  /** Ends the stream (the member left the group, or the server stops). */
  synchronized void close() {
    closed = true;
    if (!ended) {
      ended = true;
      try {
        stream.end();
      } catch (RuntimeException e) {
        // the connection is gone already
      }
    }
  }

  synchronized boolean closed() {
    return closed;
  }

  private void deliver(DeliveredMessage message) {
    if (closed || message.seq() <= position) {
      return;
    }
    try {
      stream.send(message);
      position = message.seq();
    } catch (RuntimeException e) {
      closed = true;
    }
  }
}
