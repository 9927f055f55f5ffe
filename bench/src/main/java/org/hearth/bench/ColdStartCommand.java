package org.hearth.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hearth.bench.hearth.HearthProcess;
import org.hearth.bench.hearth.StartupLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Cold start to ready: process start until {@code /health/ready} answers 200, first on a fresh
 * server directory and database (Liberty resolves its features, the application is expanded, every
 * migration runs), then restarts on the same directory and data. Each with the milestones of
 * Liberty's log, as seconds after the process started.
 */
@Command(
    name = "coldstart",
    mixinStandardHelpOptions = true,
    description = "Process start to /health/ready, with where the time goes.")
final class ColdStartCommand implements Callable<Integer> {
  @Mixin BenchOptions options;

  @Option(names = "--restarts", description = "Restarts after the first start (default 2).")
  int restarts = 2;

  @Override
  public Integer call() throws Exception {
    Path dir = options.runDir().resolve("coldstart");
    List<String> out = new ArrayList<>();
    out.add("");
    out.add("Cold start; load average " + BenchOptions.loadAverage() + " before");
    for (int i = 0; i <= restarts; i++) {
      String label = i == 0 ? "first start (fresh directory and database)" : "restart " + i;
      Path log = dir.resolve("usr/servers/hearth/logs/messages.log");
      Files.deleteIfExists(log);
      Instant started = Instant.now();
      double ready;
      try (HearthProcess server = HearthProcess.start(options.wlp, dir, Map.of())) {
        ready = server.secondsToReady();
      }
      out.add("");
      out.add(String.format(Locale.ROOT, "%s: ready after %.1f s", label, ready));
      Instant previous = started;
      for (Map.Entry<String, Instant> m :
          StartupLog.milestones(Files.readAllLines(log)).entrySet()) {
        out.add(
            String.format(
                Locale.ROOT,
                "  %6.1f s  %-34s (+%.1f s)",
                seconds(started, m.getValue()),
                m.getKey(),
                seconds(previous, m.getValue())));
        previous = m.getValue();
      }
      out.forEach(System.out::println);
      out.clear();
      Files.write(
          options.runDir().resolve("coldstart.md"),
          List.of(label + String.format(Locale.ROOT, ": %.1f s", ready)),
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
    }
    System.out.println("load average " + BenchOptions.loadAverage() + " after");
    return 0;
  }

  private static double seconds(Instant from, Instant to) {
    return Duration.between(from, to).toMillis() / 1000.0;
  }
}
