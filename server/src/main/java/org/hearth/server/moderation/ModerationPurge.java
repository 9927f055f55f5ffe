package org.hearth.server.moderation;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hearth.server.notification.NotificationService;

/**
 * Deletes, every ten minutes, guidelines acceptances of keys that left their group and have
 * expired, and facilitators' notice addresses once the key no longer facilitates its group: rules
 * the registry's plain time rules cannot say. Reports and mutes go by their time in the retention
 * job ({@code org.hearth.server.privacy.RetentionJob}).
 */
@ApplicationScoped
public class ModerationPurge {
  private static final Logger LOG = Logger.getLogger(ModerationPurge.class.getName());
  static final long PERIOD_MINUTES = 10;

  @PersistenceContext(unitName = "hearth")
  EntityManager entityManager;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject ModerationPurge self;
  @Inject NotificationService notices;

  Clock clock = Clock.systemUTC();

  private ScheduledFuture<?> job;

  void schedule(@Observes @Initialized(ApplicationScoped.class) Object started) {
    job =
        scheduler.scheduleWithFixedDelay(
            this::run, PERIOD_MINUTES, PERIOD_MINUTES, TimeUnit.MINUTES);
  }

  @PreDestroy
  void stop() {
    if (job != null) {
      job.cancel(false);
    }
  }

  private void run() {
    try {
      self.purge(clock.instant().getEpochSecond());
      notices.purgeFormerFacilitators();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Purging expired moderation data failed; it is tried again later", e);
    }
  }

  /** Deletes every expired row; returns how many. */
  @Transactional
  public int purge(long now) {
    int deleted =
        entityManager
            .createNativeQuery(
                "DELETE FROM guidelines_acceptance WHERE expires_at <= ?1 AND NOT EXISTS"
                    + " (SELECT 1 FROM group_member m WHERE m.group_id ="
                    + " guidelines_acceptance.group_id AND m.thumbprint ="
                    + " guidelines_acceptance.thumbprint)")
            .setParameter(1, now)
            .executeUpdate();
    return deleted;
  }
}
