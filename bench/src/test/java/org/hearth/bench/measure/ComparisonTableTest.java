package org.hearth.bench.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonTableTest {
  private static RunResult result(String server, long deliveries, double p99, double cpu) {
    return new RunResult(
        server, 10, 8, 10.0, deliveries / 7, deliveries, 1, 2, p99, cpu, 64L * 1048576, Map.of());
  }

  @Test
  void eachShapeGetsBothRowsAndTheRatios() {
    ComparisonTable table = new ComparisonTable();
    table.add(result("Hearth", 30_000, 50, 6.0), result("Prosody", 20_000, 100, 2.0));
    List<String> lines = table.lines();
    assertEquals(5, lines.size());
    assertEquals("| 10x8 | Hearth | 429 | 3,000 | 1.0 | 2.0 | 50.0 | 0.200 | 64 |", lines.get(2));
    assertEquals(
        "| 10x8 | **Hearth/Prosody** | 1.50× | 1.50× | 1.00× | 1.00× | 0.50× | 2.00× | 1.00× |",
        lines.get(4));
  }

  @Test
  void aMissingSideLeavesOutTheRatios() {
    ComparisonTable table = new ComparisonTable();
    table.add(result("Hearth", 7, 1, 1), null);
    assertEquals(3, table.lines().size());
  }

  @Test
  void ratiosOfNothingAreNotNumbers() {
    assertEquals("n/a", ComparisonTable.ratio(1, 0));
    assertEquals("n/a", ComparisonTable.ratio(Double.NaN, 1));
    assertEquals("0.33×", ComparisonTable.ratio(1, 3));
  }
}
