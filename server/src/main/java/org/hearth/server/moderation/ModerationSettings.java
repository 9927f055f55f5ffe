package org.hearth.server.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Moderation's deployment choices, each a Liberty variable in {@code server.xml} with a safe
 * default; durations are ISO 8601 ({@code P90D}, {@code PT1H}).
 */
@ApplicationScoped
public class ModerationSettings {
  @Inject
  @ConfigProperty(name = "hearth.reports.keep", defaultValue = "P90D")
  String keep;

  @Inject
  @ConfigProperty(name = "hearth.reports.mute.threshold", defaultValue = "3")
  int muteThreshold;

  @Inject
  @ConfigProperty(name = "hearth.reports.mute.window", defaultValue = "PT1H")
  String muteWindow;

  @Inject
  @ConfigProperty(name = "hearth.reports.mute.for", defaultValue = "PT12H")
  String muteFor;

  /** How long a report (with the reported plaintext in it) is kept. */
  public Duration reportsKeep() {
    return Duration.parse(keep);
  }

  public OutOfHoursPolicy outOfHours() {
    return new OutOfHoursPolicy(muteThreshold, Duration.parse(muteWindow), Duration.parse(muteFor));
  }
}
