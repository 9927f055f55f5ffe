package org.hearth.server.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.server.api.ApiException;
import org.hearth.server.delivery.SendGate;
import org.hearth.server.groups.GroupId;

/** The delivery service's gate: a member muted by out-of-hours protection may not post. */
@ApplicationScoped
public class Mutes implements SendGate {
  @Inject ReportRepository repository;

  Clock clock = Clock.systemUTC();

  @Override
  public void checkMayPost(GroupId group, KeyThumbprint sender) {
    long now = clock.instant().getEpochSecond();
    repository
        .mute(group.toString(), sender.value())
        .filter(m -> m.mutedUntil > now)
        .ifPresent(
            m -> {
              throw ApiException.muted(Instant.ofEpochSecond(m.mutedUntil));
            });
  }
}
