package org.hearth.bench.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time and resident memory of a server process with its descendants (a launcher script and the
 * JVM or Lua interpreter it starts), read from {@code /proc} as proc(5) describes it: {@code utime}
 * and {@code stime} of {@code /proc/PID/stat} in clock ticks (USER_HZ, 100 a second on Linux),
 * {@code VmRSS} of {@code /proc/PID/status}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param cpuSeconds user and system CPU time used so far
 * @param rssBytes resident memory now
 */
public record ProcessSample(double cpuSeconds, long rssBytes) {
  private static final double TICKS_PER_SECOND = 100.0;

  /**
   * Samples process {@code pid} and its descendants.
   *
   * @throws IllegalArgumentException if there is no such process or {@code /proc} cannot be read
   */
  public static ProcessSample of(long pid) {
    ProcessHandle root =
        ProcessHandle.of(pid)
            .orElseThrow(() -> new IllegalArgumentException("there is no process " + pid));
    List<Long> pids =
        Stream.concat(Stream.of(root), root.descendants()).map(ProcessHandle::pid).toList();
    long ticks = 0;
    long rss = 0;
    for (long p : pids) {
      Path dir = Path.of("/proc", Long.toString(p));
      try {
        ticks += ticks(Files.readString(dir.resolve("stat")));
        rss += rssBytes(Files.readAllLines(dir.resolve("status")));
      } catch (IOException e) {
        if (p == pid) {
          throw new IllegalArgumentException("cannot read /proc/" + pid + ": " + e.getMessage());
        }
        // A descendant that ended meanwhile counts for nothing.
      }
    }
    return new ProcessSample(ticks / TICKS_PER_SECOND, rss);
  }

  /**
   * utime + stime, fields 14 and 15 of a stat line. The command name (field 2) is in parentheses
   * and may itself hold spaces and parentheses, so fields are counted after its last ')'.
   */
  static long ticks(String stat) {
    int close = stat.lastIndexOf(')');
    if (close < 0) {
      throw new IllegalArgumentException("not a /proc stat line");
    }
    String[] fields = stat.substring(close + 1).trim().split("\\s+");
    // fields[0] is field 3 (state): utime is field 14, stime field 15.
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }

  /** VmRSS in bytes (the file gives kB); 0 for a process without memory (a zombie). */
  static long rssBytes(List<String> status) {
    for (String line : status) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.substring(6).replace("kB", "").trim()) * 1024;
      }
    }
    return 0;
  }

  /** What was used between {@code before} and this sample: CPU difference, this RSS. */
  public ProcessSample since(ProcessSample before) {
    return new ProcessSample(cpuSeconds - before.cpuSeconds, rssBytes);
  }
}
