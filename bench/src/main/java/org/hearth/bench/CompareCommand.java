package org.hearth.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hearth.bench.hearth.HearthProcess;
import org.hearth.bench.hearth.HearthTarget;
import org.hearth.bench.measure.ComparisonTable;
import org.hearth.bench.measure.RunResult;
import org.hearth.bench.xmpp.ProsodyServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The same closed-loop group chat against Hearth, then Prosody, at every shape; prints one table
 * with the ratios Hearth/Prosody.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = "Closed-loop group chat against Hearth and then Prosody, side by side.")
final class CompareCommand implements Callable<Integer> {
  @Mixin BenchOptions options;

  @Option(names = "--shapes", description = "Groups x members (default 1x8,10x8,25x8).")
  String shapes = "1x8,10x8,25x8";

  @Option(names = "--payload", description = "Message bytes (default 200).")
  int payload = 200;

  @Option(names = "--warmup", description = "Seconds of warm-up (default 3).")
  int warmup = 3;

  @Option(names = "--seconds", description = "Seconds measured (default 15).")
  int seconds = 15;

  @Option(
      names = "--prime",
      description =
          "Seconds of unrecorded 10x8 load on each server before the first shape (default 30; 0"
              + " for none): a long-running server is warm, its start-up is measured by coldstart.")
  int prime = 30;

  @Option(
      names = "--pool",
      description = "PrivateMessages each Hearth member encrypts before the run (default 64).")
  int pool = 64;

  @Option(names = "--prosody-port", description = "Prosody's loopback port (default 55461).")
  int prosodyPort = 55461;

  @Option(names = "--skip-prosody", description = "Measure Hearth only.")
  boolean skipProsody;

  @Option(names = "--skip-hearth", description = "Measure Prosody only.")
  boolean skipHearth;

  @Override
  public Integer call() throws Exception {
    List<Shape> list = Shape.parseList(shapes);
    Path run = options.runDir();
    ClosedLoop loop = new ClosedLoop(payload, warmup, seconds);
    ClosedLoop.Progress progress = line -> System.out.println("[" + Instant.now() + "] " + line);
    String loadBefore = BenchOptions.loadAverage();
    List<RunResult> hearth = new ArrayList<>();
    String hearthReady = "not started";
    List<RunResult> prosody = new ArrayList<>();
    if (!skipHearth) {
      HearthProcess server = HearthProcess.start(options.wlp, run.resolve("hearth"), Map.of());
      hearthReady = String.format(java.util.Locale.ROOT, "%.1f s", server.secondsToReady());
      progress.say("Hearth ready after " + hearthReady);
      try (HearthTarget target = new HearthTarget(server, "Hearth", pool)) {
        prime(target, progress);
        for (Shape s : list) {
          hearth.add(loop.run(target, s.groups(), s.members(), progress));
          print(hearth.get(hearth.size() - 1));
        }
      }
    }
    if (!skipProsody) {
      try (ProsodyServer target = ProsodyServer.start(run.resolve("prosody"), prosodyPort)) {
        prime(target, progress);
        for (Shape s : list) {
          prosody.add(loop.run(target, s.groups(), s.members(), progress));
          print(prosody.get(prosody.size() - 1));
        }
      }
    }
    ComparisonTable table = new ComparisonTable();
    for (int i = 0; i < list.size(); i++) {
      table.add(
          i < hearth.size() ? hearth.get(i) : null, i < prosody.size() ? prosody.get(i) : null);
    }
    List<String> out = new ArrayList<>();
    out.add("");
    out.add(
        String.format(
            "Closed loop, %d-byte messages, each server primed with %d s of 10x8, then per shape"
                + " %d s warm-up, %d s measured; load average %s before, %s after; Hearth (H2,"
                + " fresh directory) ready after %s",
            payload, prime, warmup, seconds, loadBefore, BenchOptions.loadAverage(), hearthReady));
    out.add("");
    out.addAll(table.lines());
    out.forEach(System.out::println);
    Files.write(run.resolve("compare.md"), out);
    System.out.println("\n(also in " + run.resolve("compare.md") + ")");
    return 0;
  }

  /** Runs unrecorded load so that what follows measures a warm server, not its start-up. */
  private void prime(ChatTarget target, ClosedLoop.Progress progress) throws Exception {
    if (prime > 0) {
      progress.say(target.name() + ": priming for " + prime + " s (not recorded)");
      new ClosedLoop(payload, 0, prime).run(target, 10, 8, line -> {});
    }
  }

  private static void print(RunResult r) {
    System.out.println("  " + ComparisonTable.row(r) + " failures: " + r.failures());
  }
}
