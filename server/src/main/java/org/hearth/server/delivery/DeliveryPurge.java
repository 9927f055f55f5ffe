package org.hearth.server.delivery;

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
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes what the delivery service keeps past its time, every ten minutes: messages past their
 * group's retention, GroupInfos of epochs whose messages are gone, unanswered join requests,
 * unfetched Welcomes, unused invite codes and KeyPackages.
 */
@ApplicationScoped
public class DeliveryPurge {
  private static final Logger LOG = Logger.getLogger(DeliveryPurge.class.getName());
  static final long PERIOD_MINUTES = 10;

  private static final List<String> EXPIRING =
      List.of(
          "MessageEntity",
          "GroupEpochEntity",
          "JoinRequestEntity",
          "WelcomeEntity",
          "InviteEntity",
          "KeyPackageEntity");

  @PersistenceContext(unitName = "hearth")
  EntityManager entityManager;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject DeliveryPurge self;

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
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Purging expired delivery data failed; it is tried again later", e);
    }
  }

  /** Deletes every expired row; returns how many. */
  @Transactional
  public int purge(long now) {
    int deleted = 0;
    for (String entity : EXPIRING) {
      deleted +=
          entityManager
              .createQuery("DELETE FROM " + entity + " x WHERE x.expiresAt <= :now")
              .setParameter("now", now)
              .executeUpdate();
    }
    return deleted;
  }
}
