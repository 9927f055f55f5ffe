package org.hearth.bench.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessSampleTest {
  @Test
  void ticksAreUtimePlusStimeCountedAfterTheCommandName() {
    // A command name with spaces and a ')' must not shift the fields.
    String stat =
        "4242 (lua) x (y)) S 1 4242 4242 0 -1 4194560 1200 0 0 0 731 269 0 0 20 0 1 0 100"
            + " 30000000 4000 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0";
    assertEquals(1000, ProcessSample.ticks(stat));
  }

  @Test
  void aStatLineWithoutCommandIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> ProcessSample.ticks("4242 S 1 2 3"));
  }

  @Test
  void rssIsReadInKibibytes() {
    List<String> status = List.of("Name:\tjava", "VmPeak:\t  999 kB", "VmRSS:\t   20480 kB");
    assertEquals(20480L * 1024, ProcessSample.rssBytes(status));
    assertEquals(0, ProcessSample.rssBytes(List.of("Name:\tzombie")));
  }

  @Test
  void thisProcessHasCpuAndMemory() {
    ProcessSample sample = ProcessSample.of(ProcessHandle.current().pid());
    assertTrue(sample.cpuSeconds() > 0);
    assertTrue(sample.rssBytes() > 1024 * 1024);
  }

  @Test
  void sinceSubtractsCpuAndKeepsTheLaterRss() {
    ProcessSample used = new ProcessSample(12.5, 300).since(new ProcessSample(10.0, 100));
    assertEquals(2.5, used.cpuSeconds(), 1e-9);
    assertEquals(300, used.rssBytes());
  }
}
