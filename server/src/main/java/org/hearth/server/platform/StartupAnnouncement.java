package org.hearth.server.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Says where Hearth can be reached once the application has started. Liberty's own messages with
 * listening addresses are hidden (they would put IP addresses in the logs), so this line tells
 * operators the public base URL instead.
 */
@ApplicationScoped
public class StartupAnnouncement {
  private static final Logger LOG = Logger.getLogger(StartupAnnouncement.class.getName());

  @Inject HearthSettings settings;
  @Inject BuildInfo build;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    LOG.info(
        () ->
            "Hearth "
                + build.version()
                + " is serving "
                + settings.instanceName()
                + " at "
                + settings.baseUrl());
  }
}
