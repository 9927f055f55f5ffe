package org.hearth.client.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time and resident memory of a process and its descendants, read from {@code /proc} (Linux,
 * proc(5)): {@code utime} and {@code stime} of {@code /proc/PID/stat} in clock ticks of 1/100 s
 * (USER_HZ), {@code VmRSS} of {@code /proc/PID/status}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param cpuSeconds user and system CPU time so far
 * @param rssBytes resident memory now
 */
record ProcessFigures(double cpuSeconds, long rssBytes) {
  private static final double TICKS_PER_SECOND = 100.0;

  /**
   * The figures of process {@code pid} with its descendants.
   *
   * @throws IllegalArgumentException if there is no such process or {@code /proc} is not there
   */
  static ProcessFigures of(long pid) {
    ProcessHandle root =
        ProcessHandle.of(pid)
            .orElseThrow(() -> new IllegalArgumentException("there is no process " + pid));
    List<Long> pids =
        Stream.concat(Stream.of(root), root.descendants()).map(ProcessHandle::pid).toList();
    long ticks = 0;
    long rss = 0;
    for (long p : pids) {
      try {
        ticks += ticks(Files.readString(Path.of("/proc", Long.toString(p), "stat")));
        rss += rssBytes(Files.readAllLines(Path.of("/proc", Long.toString(p), "status")));
      } catch (IOException e) {
        if (p == pid) {
          throw new IllegalArgumentException("cannot read /proc/" + pid + ": " + e.getMessage());
        }
        // A descendant that ended meanwhile.
      }
    }
    return new ProcessFigures(ticks / TICKS_PER_SECOND, rss);
  }

  /** utime + stime: fields 14 and 15, counted after the parenthesised command name. */
  static long ticks(String stat) {
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }

  static long rssBytes(List<String> status) {
    for (String line : status) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
      }
    }
    return 0;
  }
}
