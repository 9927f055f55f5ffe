package org.hearth.bench.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DeliveriesTest {
  private static final long MS = 1_000_000L;

  @Test
  void senderGetsEchoOthersGetDeliveriesStrangersAreUnknown() {
    Deliveries d = new Deliveries();
    d.open(0);
    d.sending("k1", 1, 10 * MS);
    assertEquals(Deliveries.Receipt.ECHO, d.received("k1", 1, 12 * MS));
    assertEquals(Deliveries.Receipt.DELIVERY, d.received("k1", 2, 15 * MS));
    assertEquals(Deliveries.Receipt.UNKNOWN, d.received("k2", 2, 15 * MS));
    d.close(100 * MS);
    assertEquals(1, d.deliveryCount());
    assertEquals(5.0, d.latencyMillis(50), 0.01);
  }

  @Test
  void onlyTheWindowCounts() {
    Deliveries d = new Deliveries();
    d.sending("k", 1, 0);
    d.received("k", 2, 5 * MS); // before the window opens
    d.accepted(5 * MS);
    d.open(10 * MS);
    d.received("k", 3, 20 * MS);
    d.accepted(20 * MS);
    d.close(30 * MS);
    d.received("k", 4, 40 * MS);
    d.accepted(40 * MS);
    assertEquals(1, d.deliveryCount());
    assertEquals(1, d.acceptedCount());
    assertEquals(0.02, d.seconds(), 1e-9);
  }

  @Test
  void percentilesComeFromAllDeliveries() {
    Deliveries d = new Deliveries();
    d.open(0);
    for (int i = 1; i <= 100; i++) {
      d.sending("k" + i, 0, 0);
      d.received("k" + i, 1, i * MS);
    }
    d.close(1000 * MS);
    assertEquals(50, d.latencyMillis(50), 0.1);
    assertEquals(95, d.latencyMillis(95), 0.1);
    assertEquals(99, d.latencyMillis(99), 0.1);
  }

  @Test
  void failuresAreCountedByKind() {
    Deliveries d = new Deliveries();
    d.failed("stream dropped");
    d.failed("stream dropped");
    d.failed("too-many-requests");
    assertEquals(2L, d.failures().get("stream dropped"));
    assertEquals(1L, d.failures().get("too-many-requests"));
  }
}
