package org.hearth.server.privacy;

import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/** The retention limits this deployment configured, as Liberty variables (ISO 8601 durations). */
public final class RetentionLimits {
  private RetentionLimits() {}

  /** The duration {@code variable} is set to, empty when it is not set. */
  public static Optional<Duration> configured(String variable) {
    return ConfigProvider.getConfig()
        .getOptionalValue(variable, String.class)
        .filter(v -> !v.isBlank())
        .map(Duration::parse);
  }

  /** How long {@code retention} keeps a row here, if it is a fixed or configured duration. */
  public static Optional<Duration> keep(Retention retention) {
    return retention
        .variable()
        .flatMap(RetentionLimits::configured)
        .or(() -> Optional.ofNullable(retention.keep()));
  }
}
