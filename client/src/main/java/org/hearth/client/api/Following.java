package org.hearth.client.api;

import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.hearth.protocol.delivery.DeliveredMessage;
import org.hearth.protocol.delivery.MediaTypes;
import org.hearth.protocol.delivery.MessagePage;

/**
 * A group followed live over Server-Sent Events ({@code GET …/events}) on a thread of its own.
 *
 * <p>Each sequence number reaches the listener once and in order: a repeated one is dropped; when
 * the stream skips ahead, the missing ones are fetched with {@code GET …/messages} first (those the
 * server no longer lists expired, and stay skipped). When the connection drops, goes quiet for
 * longer than {@link #IDLE} (the server comments every 20 s), or the server answers 429, 5xx or
 * anything that is not Hearth's own problem document (a server still starting its application), it
 * reconnects after a pause that doubles from {@link #FIRST_BACKOFF} to {@link #MAX_BACKOFF},
 * resuming after the last sequence number delivered (as {@code Last-Event-ID} and {@code after}).
 * Any other refusal, or a listener that throws, stops it.
 *
 * <p>Thread-safe; the listener is called from the following thread only.
 */
public final class Following implements AutoCloseable {
  /** What a following reports; every method runs on the following thread. */
  public interface Listener {
    /** The next message of the group: sequence numbers come one by one, without gaps. */
    void onMessage(DeliveredMessage message);

    /** The stream is open, resuming after {@code after}. */
    default void onConnected(long after) {}

    /** The stream dropped; it reconnects after {@code retryIn}. */
    default void onDisconnected(String reason, Duration retryIn) {}

    /** Following ended: {@code failure} is {@code null} after {@link #close()}. */
    default void onStopped(RuntimeException failure) {}
  }

  static final Duration FIRST_BACKOFF = Duration.ofMillis(250);
  static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
  static final Duration IDLE = Duration.ofSeconds(65);
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

  /** The largest event read: a 64 KiB message in base64url inside its JSON, with room. */
  static final int MAX_EVENT_BYTES = 1024 * 1024;

  private static final ScheduledExecutorService WATCHDOG =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "hearth-follow-watchdog");
            t.setDaemon(true);
            return t;
          });

  private final GroupDelivery delivery;
  private final Listener listener;
  private final Duration idle;
  private final CountDownLatch closing = new CountDownLatch(1);
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final Thread thread;
  private volatile long lastSeq;
  private volatile boolean closed;
  private volatile InputStream current;
  private volatile long lastActivity = System.nanoTime();
  private volatile RuntimeException failure;
  private ScheduledFuture<?> watch;

  private Following(GroupDelivery delivery, long after, Listener listener, Duration idle) {
    this.delivery = delivery;
    this.listener = listener;
    this.lastSeq = after;
    this.idle = idle;
    this.thread = new Thread(this::run, "hearth-follow-" + delivery.group());
    this.thread.setDaemon(true);
  }

  static Following start(GroupDelivery delivery, long after, Listener listener) {
    return start(delivery, after, listener, IDLE);
  }

  static Following start(GroupDelivery delivery, long after, Listener listener, Duration idle) {
    if (after < 0) {
      throw new IllegalArgumentException("after must not be negative");
    }
    Following following = new Following(delivery, after, listener, idle);
    long period = Math.max(50, idle.toMillis() / 4);
    following.watch =
        WATCHDOG.scheduleWithFixedDelay(
            following::checkIdle, period, period, TimeUnit.MILLISECONDS);
    following.thread.start();
    return following;
  }

  /** The last sequence number delivered to the listener. */
  public long lastSeq() {
    return lastSeq;
  }

  public boolean isRunning() {
    return stopped.getCount() > 0;
  }

  /** Why following stopped on its own, if it did. */
  public Optional<RuntimeException> failure() {
    return Optional.ofNullable(failure);
  }

  /** Waits until following stops (on its own or by {@link #close()}), at most {@code timeout}. */
  public boolean await(Duration timeout) throws InterruptedException {
    return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Stops following and waits briefly for the thread to end. */
  @Override
  public void close() {
    closed = true;
    closing.countDown();
    closeCurrent();
    if (Thread.currentThread() != thread) {
      thread.interrupt();
      try {
        stopped.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void run() {
    Duration backoff = FIRST_BACKOFF;
    boolean signedInAgain = false;
    try {
      while (!closed) {
        HttpResponse<InputStream> response;
        try {
          response = open();
        } catch (HearthConnectionException e) {
          pause(e.getMessage(), backoff);
          backoff = next(backoff);
          continue;
        }
        int status = response.statusCode();
        if (status == 401 && !signedInAgain) {
          discard(response.body());
          delivery.client().forgetSession(delivery.key());
          signedInAgain = true;
          continue;
        }
        if (status != 200) {
          HearthApiException problem = delivery.client().transport().problem(response);
          if (status != 429 && status < 500 && !notFromHearth(problem)) {
            throw problem;
          }
          pause(
              problem.getMessage(),
              problem.retryAfterSeconds().isPresent()
                  ? Duration.ofSeconds(problem.retryAfterSeconds().getAsLong())
                  : backoff);
          backoff = next(backoff);
          continue;
        }
        signedInAgain = false;
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith(MediaTypes.EVENT_STREAM)) {
          discard(response.body());
          throw new HearthConnectionException(
              delivery.client().instance() + " answered the event stream with " + type + ".", null);
        }
        String reason = read(response.body());
        if (reason == null) {
          backoff = FIRST_BACKOFF;
          reason = "the instance ended the stream";
        }
        if (!closed) {
          pause(reason, backoff);
          backoff = next(backoff);
        }
      }
    } catch (RuntimeException e) {
      if (!closed) {
        failure = e;
      }
    } finally {
      watch.cancel(false);
      try {
        listener.onStopped(failure);
      } finally {
        stopped.countDown();
      }
    }
  }

  private HttpResponse<InputStream> open() {
    long after = lastSeq;
    ApiTransport transport = delivery.client().transport();
    Session session = delivery.client().session(delivery.key());
    HttpRequest request =
        transport
            .authorized(
                delivery.client().instance().resolve(delivery.eventsPath(after)), session.token())
            .timeout(CONNECT_TIMEOUT)
            .header("Accept", MediaTypes.EVENT_STREAM)
            .header("Last-Event-ID", Long.toString(after))
            .GET()
            .build();
    try {
      return transport.http().send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw transport.unreachable(e);
    } catch (InterruptedException e) {
      // close() or a late watchdog: the loop checks closed.
      throw new HearthConnectionException("interrupted", e);
    }
  }

  /**
   * Delivers the events of one open stream until it ends.
   *
   * @return why it ended when it failed, {@code null} when the server closed it after events
   */
  private String read(InputStream body) {
    current = body;
    touch();
    listener.onConnected(lastSeq);
    try (body) {
      if (closed) {
        return "closed";
      }
      EventStreamReader reader = new EventStreamReader(body, MAX_EVENT_BYTES, this::touch);
      EventStreamReader.Event event;
      while ((event = reader.next()) != null) {
        if (event.type().equals("message")) {
          deliver(DeliveryJson.deliveredMessage(parse(event.data())));
        }
      }
      return null;
    } catch (IOException | HearthConnectionException e) {
      return String.valueOf(e.getMessage());
    } finally {
      current = null;
      if (!closed) {
        // A watchdog interrupt must not cut short the pause that follows.
        Thread.interrupted();
      }
    }
  }

  private void deliver(DeliveredMessage message) {
    if (message.seq() <= lastSeq) {
      return;
    }
    if (message.seq() > lastSeq + 1) {
      fillGap(message.seq() - 1);
    }
    listener.onMessage(message);
    lastSeq = message.seq();
  }

  /**
   * Fetches what the stream skipped, up to {@code upTo}. What the server no longer lists expired
   * (the group's retention): it is skipped for good.
   */
  private void fillGap(long upTo) {
    while (lastSeq < upTo) {
      int limit = (int) Math.min(GroupDelivery.MAX_PAGE, upTo - lastSeq);
      MessagePage page = delivery.messages(lastSeq, limit);
      for (DeliveredMessage m : page.messages()) {
        if (m.seq() > upTo) {
          return;
        }
        listener.onMessage(m);
        lastSeq = m.seq();
      }
      if (page.messages().size() < limit) {
        return;
      }
    }
  }

  private static jakarta.json.JsonValue parse(String data) {
    try (JsonReader reader = WireJson.JSON.createReader(new StringReader(data))) {
      return reader.readValue();
    } catch (JsonException | IllegalStateException e) {
      throw new HearthConnectionException("The instance streamed an event that is not JSON.", e);
    }
  }

  private void pause(String reason, Duration wait) {
    if (closed) {
      return;
    }
    listener.onDisconnected(reason, wait);
    try {
      closing.await(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      // Only close() and the idle watchdog interrupt this thread; the loop checks closed.
    }
  }

  /**
   * Whether an answer came from something in front of Hearth rather than Hearth itself: every
   * refusal of Hearth's is a problem document with a type of its own, while a server still starting
   * its application (Liberty answers 404 then) or a proxy answers without one. Such an answer is
   * transient, so following goes on.
   */
  private static boolean notFromHearth(HearthApiException problem) {
    return "about:blank".equals(problem.type());
  }

  private static Duration next(Duration backoff) {
    Duration doubled = backoff.multipliedBy(2);
    return doubled.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : doubled;
  }

  private void touch() {
    lastActivity = System.nanoTime();
  }

  private void checkIdle() {
    if (current != null && System.nanoTime() - lastActivity > idle.toNanos()) {
      closeCurrent();
      thread.interrupt();
    }
  }

  private void closeCurrent() {
    InputStream stream = current;
    if (stream != null) {
      discard(stream);
    }
  }

  private static void discard(InputStream stream) {
    try {
      stream.close();
    } catch (IOException ignored) {
      // The stream is being abandoned either way.
    }
  }
}
