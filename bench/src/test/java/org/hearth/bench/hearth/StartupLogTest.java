package org.hearth.bench.hearth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StartupLogTest {
  private static final List<String> LOG =
      List.of(
          "********************************************************************************",
          "product = Open Liberty 26.0.0.3",
          "[11/26/26, 9:58:30:798 UTC] 00000001 com.ibm.ws.kernel.launch.internal.FrameworkManager"
              + "           A CWWKE0001I: The server hearth has been launched.",
          "[11/26/26, 10:01:07:990 UTC] 00000026 com.ibm.ws.app.manager.AppMessageHelper"
              + "                      I CWWKZ0018I: Starting application hearth.",
          "[11/26/26, 10:01:27:777 UTC] 00000025 com.ibm.ws.kernel.feature.internal.FeatureManager"
              + "            A CWWKF0011I: The hearth server is ready to run a smarter planet.",
          "[11/26/26, 10:05:43:874 UTC] 00000026 org.flywaydb.core.FlywayExecutor"
              + "                             I init Environment: default",
          "[11/26/26, 10:05:44:000 UTC] 00000026 org.flywaydb.core.FlywayExecutor"
              + "                             I init Database: jdbc:h2:********",
          "[11/26/26, 10:05:46:500 UTC] 00000026 org.hearth.server.platform.DatabaseMigrations"
              + " I Database schema at version 12 (12 migrations applied now)",
          "[11/26/26, 10:05:50:001 UTC] 00000026 com.ibm.ws.app.manager.AppMessageHelper"
              + " A CWWKZ0001I: Application hearth started in 282.011 seconds.");

  @Test
  void findsEachMilestoneOnceInStartUpOrder() {
    Map<String, Instant> m = StartupLog.milestones(LOG);
    assertEquals(
        List.of(
            "kernel launched",
            "application starting",
            "server started (features ready)",
            "migrations begin",
            "migrations done",
            "application started"),
        List.copyOf(m.keySet()));
    assertEquals(Instant.parse("2026-11-26T09:58:30.798Z"), m.get("kernel launched"));
    assertEquals(Instant.parse("2026-11-26T10:05:43.874Z"), m.get("migrations begin"));
  }

  @Test
  void linesWithoutATimestampAreIgnored() {
    assertTrue(StartupLog.timestamp("product = Open Liberty").isEmpty());
    assertTrue(StartupLog.timestamp("[not a time] x").isEmpty());
  }
}
