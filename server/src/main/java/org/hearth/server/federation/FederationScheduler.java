package org.hearth.server.federation;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hearth.server.platform.DatabaseMigrations;

/**
 * Drives federation in the background: every tick it pulls the feeds that are due, publishes this
 * instance's feeds again if what they list changed (peers' entries it forwards included). Expired
 * nonces, peering events and old feed copies go by the retention job of {@code privacy}.
 */
@ApplicationScoped
public class FederationScheduler {
  /** How often this instance's feeds are compared with what they should list, at the least. */
  static final Duration PUBLISH_CHECK = Duration.ofSeconds(60);

  private static final Logger LOG = Logger.getLogger(FederationScheduler.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService executor;

  @Inject FederationSettings settings;
  @Inject LocalInstance local;
  @Inject FeedSync sync;
  @Inject FeedPublisher publisher;
  @Inject MergedFeeds merged;
  @Inject DatabaseMigrations migrations;

  Clock clock = Clock.systemUTC();

  private ScheduledFuture<?> task;
  private Instant lastPublishCheck = Instant.EPOCH;

  void onStart(@Observes @Priority(3000) @Initialized(ApplicationScoped.class) Object ignored) {
    long millis = settings.tick().toMillis();
    task = executor.scheduleWithFixedDelay(this::tick, millis, millis, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  /** One round; never throws, so the schedule keeps going. */
  void tick() {
    try {
      if (!migrations.isDone() || local.baseUrl().isEmpty()) {
        return;
      }
      Instant now = clock.instant();
      boolean changed = sync.runDue();
      merged.snapshot();
      if (changed || now.isAfter(lastPublishCheck.plus(PUBLISH_CHECK))) {
        lastPublishCheck = now;
        publisher.refresh();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "A federation round failed; the next one tries again", e);
    }
  }
}
