package org.hearth.server.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CoarseningTest {
  private static final long AT = Instant.parse("2026-11-26T09:47:31Z").getEpochSecond();

  @Test
  void floorsAndCeilsToItsPrecision() {
    assertEquals(
        Instant.parse("2026-11-26T09:47:00Z").getEpochSecond(), Coarsening.MINUTE.floor(AT));
    assertEquals(Instant.parse("2026-11-26T09:00:00Z").getEpochSecond(), Coarsening.HOUR.floor(AT));
    assertEquals(Instant.parse("2026-11-26T10:00:00Z").getEpochSecond(), Coarsening.HOUR.ceil(AT));
    assertEquals(Instant.parse("2026-11-26T00:00:00Z").getEpochSecond(), Coarsening.DAY.floor(AT));
    assertEquals(AT, Coarsening.EXACT.floor(AT));
    long hour = Coarsening.HOUR.floor(AT);
    assertEquals(hour, Coarsening.HOUR.ceil(hour), "a whole hour stays");
  }

  @Test
  void aColumnThatIsNoTimeCannotBeRounded() {
    assertThrows(IllegalStateException.class, () -> Coarsening.NOT_A_TIME.floor(AT));
  }
}
