package org.hearth.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hearth.bench.hearth.HearthProcess;
import org.hearth.bench.hearth.HearthTarget;
import org.hearth.bench.measure.Deliveries;
import org.hearth.bench.measure.HeapUse;
import org.hearth.bench.measure.ProcessSample;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The heap of live members: Hearth with a 512 MB heap, groups of real MLS members set up, then
 * every member following its group over SSE. Heap after a full GC (jcmd) before the groups, with
 * the groups, and with every member following.
 */
@Command(
    name = "followers",
    mixinStandardHelpOptions = true,
    description = "Heap of live members (SSE followers) in a 512 MB heap.")
final class FollowersCommand implements Callable<Integer> {
  @Mixin BenchOptions options;

  @Option(names = "--groups", description = "Groups (default 32).")
  int groups = 32;

  @Option(names = "--members", description = "Members per group, at most 32 (default 32).")
  int members = 32;

  @Override
  public Integer call() throws Exception {
    Path run = options.runDir();
    List<String> out = new ArrayList<>();
    String loadBefore = BenchOptions.loadAverage();
    try (HearthProcess server =
        HearthProcess.start(options.wlp, run.resolve("followers"), Map.of())) {
      long jvm = server.jvmPid();
      long idle = HeapUse.afterGc(jvm);
      HearthTarget target = new HearthTarget(server, "Hearth", 0);
      System.out.println("setting up " + groups + " x " + members + " members");
      List<ChatMember> live = target.join(groups, members, 200, new Deliveries());
      Thread.sleep(5000);
      long following = HeapUse.afterGc(jvm);
      long rss = ProcessSample.of(server.pid()).rssBytes();
      int n = live.size();
      live.forEach(ChatMember::stop);
      Thread.sleep(5000);
      long stopped = HeapUse.afterGc(jvm);
      out.add("");
      out.add(
          "Live members: "
              + n
              + " SSE followers in "
              + groups
              + " groups, server heap -Xmx512m; load average "
              + loadBefore
              + " before, "
              + BenchOptions.loadAverage()
              + " after");
      out.add("");
      out.add("| state | heap after GC MiB |");
      out.add("|---|---:|");
      out.add(row("started, no groups (baseline)", idle));
      out.add(row(n + " members following live", following));
      out.add(row("after the followers closed (groups kept)", stopped));
      out.add("");
      out.add(
          String.format(
              Locale.ROOT,
              "per live follower: %.1f KiB (following - closed); server RSS while following %.0f"
                  + " MiB",
              (following - stopped) / 1024.0 / n,
              rss / 1048576.0));
    }
    out.forEach(System.out::println);
    Files.write(run.resolve("followers.md"), out);
    return 0;
  }

  private static String row(String state, long bytes) {
    return String.format(Locale.ROOT, "| %s | %.1f |", state, bytes / 1048576.0);
  }
}
