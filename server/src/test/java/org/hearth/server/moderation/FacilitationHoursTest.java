package org.hearth.server.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FacilitationHoursTest {
  // 2026-11-23 is a Monday.
  @ParameterizedTest
  @CsvSource({
    "'Mon-Fri 18:00-21:00 EAT', 2026-11-23T15:00:00Z, true", // 18:00 in Nairobi
    "'Mon-Fri 18:00-21:00 EAT', 2026-11-23T14:59:00Z, false",
    "'Mon-Fri 18:00-21:00 EAT', 2026-11-23T18:00:00Z, false", // 21:00 ends it
    "'Mon-Fri 18:00-21:00 EAT', 2026-11-28T16:00:00Z, false", // a Saturday
    "'Sat,Sun 10:00-12:00 UTC', 2026-11-29T11:00:00Z, true",
    "'Sat,Sun 10:00-12:00 UTC', 2026-11-27T11:00:00Z, false",
    "'Fri-Mon 09:00-10:00 +01:00', 2026-11-29T08:30:00Z, true", // Sunday in a wrapping range
    "'Fri-Mon 09:00-10:00 +01:00', 2026-11-25T08:30:00Z, false", // Wednesday
    "'Daily 22:00-02:00 UTC', 2026-11-24T01:00:00Z, true", // past midnight
    "'Daily 22:00-02:00 UTC', 2026-11-24T03:00:00Z, false",
    "'Mon 22:00-02:00 UTC', 2026-11-24T01:00:00Z, true", // Tuesday's early hours belong to Monday
    "'Mon 22:00-02:00 UTC', 2026-11-23T01:00:00Z, false", // Monday's early hours belong to Sunday
    "'Daily 00:00-24:00 Africa/Nairobi', 2026-11-25T23:59:00Z, true",
    "'Mon 08:00-09:00 UTC; Tue 20:00-21:00 UTC+3', 2026-11-24T17:30:00Z, true",
  })
  void readsSchedules(String text, String at, boolean onDuty) {
    assertEquals(onDuty, FacilitationHours.of(text).onDuty(Instant.parse(at)), text + " at " + at);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "evenings",
        "Mon-Fri 18:00-21:00",
        "Mon-Fri 18:00-21:00 Mars/Olympus",
        "Someday 18:00-21:00 UTC",
        "Mon 25:00-26:00 UTC",
        "Mon 10:00-10:00 UTC",
        "Mon 10:60-11:00 UTC",
        "Mon-Tue-Wed 10:00-11:00 UTC",
        " "
      })
  void textThatIsNoScheduleMeansNobodyIsEverOnDuty(String text) {
    assertEquals(Optional.empty(), FacilitationHours.parse(text));
    FacilitationHours hours = FacilitationHours.of(text);
    assertTrue(hours.isEmpty());
    assertFalse(hours.onDuty(Instant.parse("2026-11-23T15:00:00Z")));
  }
}
