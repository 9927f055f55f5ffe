package org.hearth.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import picocli.CommandLine.Option;

/** Options every sub-command shares: where the built server is and where runs keep their files. */
public final class BenchOptions {
  @Option(
      names = "--wlp",
      paramLabel = "DIR",
      description = "The built Liberty with Hearth (default server/target/liberty/wlp).")
  Path wlp = Path.of("server/target/liberty/wlp");

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = "Where servers of this run keep their files (default target/bench/<time>).")
  Path dir;

  @Option(
      names = "--postgres-url",
      paramLabel = "JDBC",
      description =
          "A PostgreSQL for the PostgreSQL runs, like jdbc:postgresql://127.0.0.1:55460/postgres")
  String postgresUrl;

  /** The run's directory, created on first use. */
  Path runDir() throws IOException {
    if (dir == null) {
      dir = Path.of("bench/target/runs", Instant.now().toString().replace(':', '-'));
    }
    Files.createDirectories(dir);
    return dir.toAbsolutePath();
  }

  /** The load average over the last minute, from /proc/loadavg. */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "unknown";
    }
  }
}
