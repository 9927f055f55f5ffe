package org.hearth.bench.measure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap a JVM uses after a full collection, asked with the JDK's {@code jcmd}: {@code GC.run}
 * then {@code GC.heap_info}, whose heap lines (one for G1, one per generation for the serial and
 * parallel collectors) say "total NK, used NK"; metaspace lines have another form and do not count.
 *
 * <p>Stateless and thread-safe.
 */
public final class HeapUse {
  private static final Pattern USED = Pattern.compile("total (\\d+)K, used (\\d+)K");

  private HeapUse() {}

  /** Bytes of heap used by JVM {@code pid} right after a full GC. */
  public static long afterGc(long pid) throws IOException, InterruptedException {
    jcmd(pid, "GC.run");
    return usedBytes(jcmd(pid, "GC.heap_info"));
  }

  /** The used heap of a {@code GC.heap_info} answer, in bytes. */
  static long usedBytes(String heapInfo) {
    Matcher m = USED.matcher(heapInfo);
    long kib = 0;
    boolean found = false;
    while (m.find()) {
      kib += Long.parseLong(m.group(2));
      found = true;
    }
    if (!found) {
      throw new IllegalArgumentException("no heap figures in: " + heapInfo.lines().findFirst());
    }
    return kib * 1024;
  }

  private static String jcmd(long pid, String command) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    String jcmd = java.endsWith("/java") ? java.substring(0, java.length() - 4) + "jcmd" : "jcmd";
    Process p =
        new ProcessBuilder(jcmd, Long.toString(pid), command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("jcmd " + command + " failed: " + out);
    }
    return out;
  }
}
