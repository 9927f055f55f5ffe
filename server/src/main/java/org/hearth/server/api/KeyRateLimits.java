package org.hearth.server.api;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hearth.server.platform.HearthSettings;

/** The instance's two request limits: per connecting address and per signed-in key. */
@ApplicationScoped
public class KeyRateLimits {
  @Inject HearthSettings settings;

  private RateLimiter connections;
  private RateLimiter keys;

  @PostConstruct
  void create() {
    connections =
        new RateLimiter(
            settings.requestsPerSecondPerConnection(),
            settings.requestsPerSecondPerConnection() * 4,
            System::nanoTime);
    keys =
        new RateLimiter(
            settings.requestsPerSecondPerKey(),
            settings.requestsPerSecondPerKey() * 4,
            System::nanoTime);
  }

  RateLimiter connections() {
    return connections;
  }

  /** Takes one request of {@code thumbprint}'s allowance, or answers 429. */
  public void acquireForKey(String thumbprint) {
    long wait = keys.acquire(thumbprint);
    if (wait > 0) {
      throw ApiException.tooMany("Too many requests with this key; slow down and try again.", wait);
    }
  }
}
