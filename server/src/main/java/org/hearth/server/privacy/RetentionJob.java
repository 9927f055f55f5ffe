package org.hearth.server.privacy;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.hearth.server.platform.DatabaseMigrations;

/**
 * Enforces the registry's retention every ten minutes for every kind of record, on whichever node
 * runs it (deleting what is past its time is the same work on every node). Services may also drop
 * expired rows as they write, to bound a table between runs; this job is what guarantees the limit.
 */
@ApplicationScoped
public class RetentionJob {
  static final Duration PERIOD = Duration.ofMinutes(10);
  private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

  @Resource(lookup = "jdbc/hearth")
  DataSource dataSource;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject RetentionJob self;
  @Inject DatabaseMigrations migrations;

  Clock clock = Clock.systemUTC();
  private final RetentionSweep sweep =
      new RetentionSweep(StoredData.tables(), RetentionLimits::configured);
  private ScheduledFuture<?> job;

  void schedule(@Observes @Initialized(ApplicationScoped.class) Object started) {
    // A mistyped limit stops the start here rather than deleting by a wrong rule later.
    StoredData.tables().stream()
        .filter(t -> t.retention().rule() == Retention.Rule.AGE)
        .forEach(t -> sweep.keep(t.retention()));
    long minutes = PERIOD.toMinutes();
    job = scheduler.scheduleWithFixedDelay(this::run, minutes, minutes, TimeUnit.MINUTES);
  }

  @PreDestroy
  void stop() {
    if (job != null) {
      job.cancel(false);
    }
  }

  private void run() {
    if (!migrations.isDone()) {
      return;
    }
    try {
      Map<String, Integer> deleted = self.sweep(clock);
      LOG.fine(() -> "Retention deleted " + deleted);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Enforcing retention failed; it is tried again later", e);
    }
  }

  /** Deletes what is past its time by {@code clock}; returns how many rows went, by table. */
  @Transactional
  public Map<String, Integer> sweep(Clock clock) {
    try (Connection db = dataSource.getConnection()) {
      return sweep.run(db, clock.instant());
    } catch (SQLException e) {
      throw new IllegalStateException("retention could not run", e);
    }
  }
}
