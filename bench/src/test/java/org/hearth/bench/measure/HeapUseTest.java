package org.hearth.bench.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HeapUseTest {
  @Test
  void readsTheUsedHeapOfG1() {
    String info =
        "12345:\n garbage-first heap   total 262144K, used 81234K [0x00000000e0000000,"
            + " 0x0000000100000000)\n  region size 1024K, 3 young (3072K), 0 survivors (0K)\n";
    assertEquals(81234L * 1024, HeapUse.usedBytes(info));
  }

  @Test
  void addsTheGenerationsOfSerialAndLeavesOutMetaspace() {
    String info =
        "12:\n def new generation   total 9792K, used 4033K [0x0, 0x1, 0x2)\n"
            + " tenured generation   total 21888K, used 1000K [0x2, 0x3, 0x3)\n"
            + " Metaspace       used 5000K, committed 5100K, reserved 1056768K\n";
    assertEquals(5033L * 1024, HeapUse.usedBytes(info));
  }

  @Test
  void refusesAnAnswerWithoutFigures() {
    assertThrows(IllegalArgumentException.class, () -> HeapUse.usedBytes("12: not found"));
  }

  @Test
  void measuresThisJvm() throws Exception {
    long used = HeapUse.afterGc(ProcessHandle.current().pid());
    assertEquals(true, used > 0 && used < Runtime.getRuntime().maxMemory());
  }
}
