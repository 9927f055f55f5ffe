package org.hearth.server.delivery;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Tells every node sharing a PostgreSQL database that a group has a new message, with PostgreSQL's
 * own LISTEN/NOTIFY: the notice is sent in the storing transaction, so it is delivered exactly when
 * that commits, and each node then lets its live followers of the group read from the database. On
 * the embedded database there is one node and nothing to do.
 *
 * <p>The notice carries only the group id and sequence number, never content.
 */
@ApplicationScoped
class ClusterSignals {
  static final String CHANNEL = "hearth_delivery";
  private static final Logger LOG = Logger.getLogger(ClusterSignals.class.getName());
  private static final int WAIT_MILLIS = 5_000;

  @Resource(lookup = "jdbc/hearth")
  DataSource dataSource;

  @Resource ManagedExecutorService executor;

  @PersistenceContext(unitName = "hearth")
  EntityManager entityManager;

  @Inject LiveDelivery live;

  private volatile boolean postgres;
  private volatile boolean running;
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
    if (listener != null) {
      listener.cancel(true);
    }
  }

  /** Within the storing transaction: tells the other nodes, once it commits. */
  void messageStored(String groupId, long seq) {
    if (postgres) {
      entityManager
          .createNativeQuery("SELECT pg_notify(?1, ?2)")
          .setParameter(1, CHANNEL)
          .setParameter(2, groupId + ":" + seq)
          .getSingleResult();
    }
  }

  private void listen() {
    long backoff = 500;
    while (running) {
      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("LISTEN " + CHANNEL);
        PGConnection pg = connection.unwrap(PGConnection.class);
        backoff = 500;
        while (running) {
          PGNotification[] notices = pg.getNotifications(WAIT_MILLIS);
          if (notices != null) {
            for (PGNotification notice : notices) {
              received(notice.getParameter());
            }
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (!running) {
          return;
        }
        LOG.log(Level.WARNING, "Listening for other nodes' messages failed; retrying", e);
        sleep(backoff);
        backoff = Math.min(backoff * 2, 30_000);
      }
    }
  }

  private void received(String payload) {
    int colon = payload.lastIndexOf(':');
    if (colon <= 0) {
      return;
    }
    try {
      live.nudge(payload.substring(0, colon), Long.parseLong(payload.substring(colon + 1)));
    } catch (NumberFormatException e) {
      // not a notice of Hearth's
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
