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
import org.hearth.bench.measure.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Acknowledged-durable messages per second: the closed loop against Hearth on H2 and on PostgreSQL.
 * A message counts once the server answered 201, which it does only after its transaction
 * committed.
 */
@Command(
    name = "durable",
    mixinStandardHelpOptions = true,
    description = "Acknowledged-durable messages/s on H2 and on PostgreSQL.")
final class DurableCommand implements Callable<Integer> {
  @Mixin BenchOptions options;

  @Option(names = "--shapes", description = "Groups x members (default 25x8).")
  String shapes = "25x8";

  @Option(names = "--seconds", description = "Seconds measured (default 15).")
  int seconds = 15;

  @Option(names = "--pool", description = "PrivateMessages per member (default 64).")
  int pool = 64;

  @Override
  public Integer call() throws Exception {
    Path run = options.runDir();
    ClosedLoop loop = new ClosedLoop(200, 3, seconds);
    ClosedLoop.Progress progress = line -> System.out.println("  " + line);
    String loadBefore = BenchOptions.loadAverage();
    List<String> rows = new ArrayList<>();
    rows.add("| database | shape | acknowledged msg/s | deliveries/s | p99 ms | server CPU % |");
    rows.add("|---|---|---:|---:|---:|---:|");
    List<Database> databases = new ArrayList<>(List.of(new Database("H2", Map.of())));
    if (options.postgresUrl != null) {
      databases.add(
          new Database(
              "PostgreSQL",
              Map.of("DB_URL", options.postgresUrl, "DB_USER", "hearth", "DB_PASSWORD", "hearth")));
    } else {
      System.out.println("no --postgres-url: H2 only");
    }
    for (Database db : databases) {
      HearthProcess server =
          HearthProcess.start(options.wlp, run.resolve("durable-" + db.name()), db.env());
      try (HearthTarget target = new HearthTarget(server, "Hearth " + db.name(), pool)) {
        for (Shape s : Shape.parseList(shapes)) {
          RunResult r = loop.run(target, s.groups(), s.members(), progress);
          rows.add(
              String.format(
                  Locale.ROOT,
                  "| %s | %s | %,.0f | %,.0f | %.1f | %.0f |",
                  db.name(),
                  s,
                  r.acceptedPerSecond(),
                  r.deliveriesPerSecond(),
                  r.p99(),
                  100 * r.cpuSeconds() / r.seconds()));
          System.out.println(rows.get(rows.size() - 1) + " failures: " + r.failures());
        }
      }
    }
    List<String> out = new ArrayList<>();
    out.add("");
    out.add(
        "Acknowledged-durable messages; load average "
            + loadBefore
            + " before, "
            + BenchOptions.loadAverage()
            + " after");
    out.add("");
    out.addAll(rows);
    out.forEach(System.out::println);
    Files.write(run.resolve("durable.md"), out);
    return 0;
  }

  private record Database(String name, Map<String, String> env) {}
}
