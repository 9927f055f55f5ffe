package org.hearth.bench.hearth;

import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.hearth.bench.ChatMember;
import org.hearth.bench.measure.Deliveries;
import org.hearth.client.api.Following;
import org.hearth.client.api.GroupDelivery;
import org.hearth.client.api.HearthApiException;
import org.hearth.protocol.delivery.DeliveredMessage;

/**
 * A light load member of a Hearth group: it sends PrivateMessages a real member encrypted before
 * the run (a pool used round-robin) and follows the group over Server-Sent Events without
 * decrypting, recognising messages by their ciphertext. Closed loop: after the server acknowledged
 * a message (durably stored) the member waits for it to come back over its own stream before it
 * sends the next.
 *
 * <p>Thread-safe: sending runs on its own thread, following on the client's.
 */
final class HearthMember implements ChatMember {
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
  private static final long ECHO_TIMEOUT_SECONDS = 10;

  private final int id;
  private final GroupDelivery delivery;
  private final byte[][] pool;
  private final String[] keys;
  private final Deliveries counts;
  private final Semaphore echo = new Semaphore(0);
  private volatile boolean running;
  private volatile Following following;
  private Thread sender;

  HearthMember(int id, GroupDelivery delivery, byte[][] pool, Deliveries counts) {
    this.id = id;
    this.delivery = delivery;
    this.pool = pool;
    this.counts = counts;
    this.keys = new String[pool.length];
    for (int i = 0; i < pool.length; i++) {
      keys[i] = BASE64URL.encodeToString(pool[i]);
    }
  }

  /** Follows the group live from {@code after}; {@code connected} counts down once it is open. */
  void follow(long after, CountDownLatch connected) {
    following =
        delivery.follow(
            after,
            new Following.Listener() {
              private boolean counted;

              @Override
              public void onMessage(DeliveredMessage message) {
                if (message.data() == null || !message.kind().equals("application")) {
                  return;
                }
                if (counts.received(message.data(), id, System.nanoTime())
                    == Deliveries.Receipt.ECHO) {
                  echo.release();
                }
              }

              @Override
              public void onConnected(long from) {
                if (!counted) {
                  counted = true;
                  connected.countDown();
                }
              }

              @Override
              public void onDisconnected(String reason, Duration retryIn) {
                counts.failed("stream dropped");
              }
            });
  }

  @Override
  public void start() {
    running = true;
    sender = new Thread(this::sendLoop, "hearth-member-" + id);
    sender.setDaemon(true);
    sender.start();
  }

  private void sendLoop() {
    int next = 0;
    while (running) {
      int i = next++ % pool.length;
      echo.drainPermits();
      counts.sending(keys[i], id, System.nanoTime());
      try {
        delivery.send(pool[i]);
        counts.accepted(System.nanoTime());
        if (!echo.tryAcquire(ECHO_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
          counts.failed("no echo within " + ECHO_TIMEOUT_SECONDS + " s");
        }
      } catch (HearthApiException e) {
        counts.failed(e.slug());
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        if (running) {
          counts.failed(e.getClass().getSimpleName());
        }
      }
    }
  }

  @Override
  public void stop() {
    // Interrupted rather than joined: the members stop one after the other, and a sender may be
    // waiting for its echo.
    running = false;
    if (sender != null) {
      sender.interrupt();
    }
    if (following != null) {
      following.close();
    }
  }
}
