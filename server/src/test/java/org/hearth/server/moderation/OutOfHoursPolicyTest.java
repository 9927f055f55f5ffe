package org.hearth.server.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutOfHoursPolicyTest {
  private final OutOfHoursPolicy policy =
      new OutOfHoursPolicy(3, Duration.ofHours(1), Duration.ofHours(12));
  private final FacilitationHours evenings = FacilitationHours.of("Daily 18:00-21:00 UTC");

  private static Clock at(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }

  @Test
  void mutesAtTheThresholdWhenNobodyIsOnDuty() {
    Instant now = at("2026-11-24T02:00:00Z").instant();
    assertEquals(Optional.empty(), policy.muteUntil(evenings, now, 2));
    assertEquals(
        Optional.of(Instant.parse("2026-11-24T14:00:00Z")), policy.muteUntil(evenings, now, 3));
    assertEquals(
        Optional.of(Instant.parse("2026-11-24T14:00:00Z")), policy.muteUntil(evenings, now, 5));
  }

  @Test
  void leavesItToTheFacilitatorOnDuty() {
    Instant now = at("2026-11-24T19:00:00Z").instant();
    assertEquals(Optional.empty(), policy.muteUntil(evenings, now, 10));
  }

  @Test
  void aGroupWithoutHoursIsAlwaysProtected() {
    Instant now = at("2026-11-24T19:00:00Z").instant();
    assertEquals(
        Optional.of(Instant.parse("2026-11-25T07:00:00Z")),
        policy.muteUntil(FacilitationHours.of(null), now, 3));
  }

  @Test
  void theWindowReachesBackFromNow() {
    Clock clock = at("2026-11-24T02:00:00Z");
    assertEquals(Instant.parse("2026-11-24T01:00:00Z"), policy.windowStart(clock.instant()));
    Clock later = Clock.offset(clock, Duration.ofMinutes(30));
    assertEquals(Instant.parse("2026-11-24T01:30:00Z"), policy.windowStart(later.instant()));
  }

  @Test
  void aThresholdOfZeroTurnsItOff() {
    OutOfHoursPolicy off = new OutOfHoursPolicy(0, Duration.ofHours(1), Duration.ofHours(12));
    assertEquals(
        Optional.empty(), off.muteUntil(evenings, Instant.parse("2026-11-24T02:00:00Z"), 99));
  }
}
