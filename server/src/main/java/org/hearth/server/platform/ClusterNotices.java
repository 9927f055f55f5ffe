package org.hearth.server.platform;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Notices between the nodes that share one PostgreSQL database, with PostgreSQL's own
 * LISTEN/NOTIFY: a notice is sent inside the transaction that made the change, so the other nodes
 * receive it exactly when that commits. On the embedded database there is one node, nothing is
 * sent, and {@link #inStep()} is always true.
 *
 * <p>A node can miss notices while its listening connection is down. Each subscriber therefore
 * learns when listening (re)starts ({@code resumed}) and must then treat what it holds as possibly
 * stale; {@link #inStep()} is false until the first connection is listening.
 *
 * <p>Notices carry identifiers only (a group id, a sequence number, a session token id), never
 * content. Thread-safe.
 */
@ApplicationScoped
public class ClusterNotices {
  /** The channels Hearth listens on. */
  public enum Channel {
    /** A group has a new message: {@code groupId:seq}. */
    DELIVERY("hearth_delivery"),
    /** A session was signed out: its token id. */
    SESSION_ENDED("hearth_session_ended"),
    /** A group's descriptor changed (facilitators, guidelines, listing): its id. */
    GROUP_CHANGED("hearth_group_changed");

    final String sqlName;

    Channel(String sqlName) {
      this.sqlName = sqlName;
    }
  }

  private static final Logger LOG = Logger.getLogger(ClusterNotices.class.getName());
  private static final int WAIT_MILLIS = 5_000;

  private record Subscriber(Consumer<String> notice, Runnable resumed) {}

  @Resource(lookup = "jdbc/hearth")
  DataSource dataSource;

  @Resource ManagedExecutorService executor;

  @PersistenceContext(unitName = "hearth")
  EntityManager entityManager;

  private final Map<Channel, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();
  private volatile boolean postgres;
  private volatile boolean running;
  private volatile boolean listening;
  private Future<?> listener;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    try (Connection connection = dataSource.getConnection()) {
      postgres = connection.isWrapperFor(PGConnection.class);
    } catch (SQLException | RuntimeException | LinkageError e) {
      postgres = false;
    }
    if (postgres) {
      running = true;
      listener = executor.submit(this::listen);
    }
  }

  @PreDestroy
  void stop() {
    running = false;
    listening = false;
    if (listener != null) {
      listener.cancel(true);
    }
  }

  /**
   * Calls {@code notice} with the payload of each notice other nodes send on {@code channel}, and
   * {@code resumed} each time listening (re)starts, when notices may have been missed.
   */
  public void subscribe(Channel channel, Consumer<String> notice, Runnable resumed) {
    subscribers
        .computeIfAbsent(channel, c -> ConcurrentHashMap.newKeySet())
        .add(new Subscriber(notice, resumed));
  }

  /**
   * True when this node hears every notice sent from now on: always with the embedded database,
   * with PostgreSQL while the listening connection is up.
   */
  public boolean inStep() {
    return !postgres || listening;
  }

  /** Within the changing transaction: tells the other nodes, once it commits. */
  public void send(Channel channel, String payload) {
    if (postgres) {
      entityManager
          .createNativeQuery("SELECT pg_notify(?1, ?2)")
          .setParameter(1, channel.sqlName)
          .setParameter(2, payload)
          .getSingleResult();
    }
  }

  private void listen() {
    long backoff = 500;
    while (running) {
      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement()) {
        for (Channel channel : Channel.values()) {
          statement.execute("LISTEN " + channel.sqlName);
        }
        PGConnection pg = connection.unwrap(PGConnection.class);
        // Subscribers drop what may be stale before anyone is told the node is in step again.
        subscribers.values().forEach(set -> set.forEach(s -> s.resumed().run()));
        listening = true;
        backoff = 500;
        while (running) {
          PGNotification[] notices = pg.getNotifications(WAIT_MILLIS);
          if (notices != null) {
            for (PGNotification notice : notices) {
              received(notice.getName(), notice.getParameter());
            }
          }
        }
      } catch (SQLException | RuntimeException e) {
        listening = false;
        if (!running) {
          return;
        }
        LOG.log(Level.WARNING, "Listening for other nodes' notices failed; retrying", e);
        sleep(backoff);
        backoff = Math.min(backoff * 2, 30_000);
      }
    }
  }

  private void received(String name, String payload) {
    for (Channel channel : Channel.values()) {
      if (channel.sqlName.equals(name)) {
        for (Subscriber s : subscribers.getOrDefault(channel, Set.of())) {
          s.notice().accept(payload);
        }
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
