package org.hearth.bench.hearth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One Hearth started from the built Liberty runtime ({@code server/target/liberty/wlp}) as an
 * operator runs it, in a directory of its own: {@code usr/} (a copy of the built server), {@code
 * data/} and {@code console.log}. Rate limits are off and members may create groups, because one
 * machine poses as many people. Stopped with SIGTERM on {@link #close}.
 *
 * <p>Not thread-safe.
 */
public final class HearthProcess implements AutoCloseable {
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(600);

  private final Path dir;
  private final int port;
  private final Process process;
  private final long startedAt;
  private final long readyAt;

  private HearthProcess(Path dir, int port, Process process, long startedAt, long readyAt) {
    this.dir = dir;
    this.port = port;
    this.process = process;
    this.startedAt = startedAt;
    this.readyAt = readyAt;
  }

  /** The environment of a benchmarked Hearth: limits meant for people are off. */
  static Map<String, String> benchEnvironment() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("HEARTH_RATE_PER_CONNECTION", "0");
    env.put("HEARTH_RATE_PER_KEY", "0");
    env.put("HEARTH_GROUP_JOINS_PER_HOUR", "100000");
    env.put("HEARTH_GROUPS_MEMBER_CREATE", "true");
    return env;
  }

  /**
   * Lays out a fresh server in {@code dir} from {@code wlp} and starts it; returns once {@code
   * /health/ready} answers 200.
   *
   * @param extra environment on top of the bench environment (database, heap)
   */
  public static HearthProcess start(Path wlp, Path dir, Map<String, String> extra)
      throws IOException, InterruptedException {
    Path usr = dir.resolve("usr");
    if (!Files.exists(usr)) {
      copy(wlp.resolve("usr/servers/hearth"), usr.resolve("servers/hearth"));
      copy(wlp.resolve("usr/shared"), usr.resolve("shared"));
    }
    Files.createDirectories(dir.resolve("data"));
    int port = freePort();
    ProcessBuilder builder =
        new ProcessBuilder(wlp.resolve("bin/server").toString(), "run", "hearth")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("console.log").toFile()));
    Map<String, String> env = builder.environment();
    env.put("WLP_USER_DIR", usr.toString());
    env.put("HTTP_PORT", Integer.toString(port));
    env.put("HTTPS_PORT", Integer.toString(freePort()));
    env.put("HEARTH_DATA_DIR", dir.resolve("data").toString());
    env.put("HEARTH_BASE_URL", "http://localhost:" + port);
    env.put("JVM_ARGS", "-Xmx512m");
    env.putAll(benchEnvironment());
    env.putAll(extra);
    long startedAt = System.nanoTime();
    Process process = builder.start();
    long readyAt = awaitReady(process, port, dir);
    return new HearthProcess(dir, port, process, startedAt, readyAt);
  }

  public URI baseUri() {
    return URI.create("http://localhost:" + port);
  }

  /** The launcher's process; the JVM is its descendant. */
  public long pid() {
    return process.pid();
  }

  /** The Liberty JVM itself (for jcmd): the launcher's java descendant, else the launcher. */
  public long jvmPid() {
    return Stream.concat(Stream.of(process.toHandle()), process.descendants())
        .filter(h -> h.info().command().map(c -> c.endsWith("/java")).orElse(false))
        .findFirst()
        .map(ProcessHandle::pid)
        .orElse(process.pid());
  }

  /** Seconds from starting the process to the first 200 of {@code /health/ready}. */
  public double secondsToReady() {
    return (readyAt - startedAt) / 1e9;
  }

  /** Liberty's message log of this server. */
  public Path messagesLog() {
    return dir.resolve("usr/servers/hearth/logs/messages.log");
  }

  public Optional<Path> dataDir() {
    return Optional.of(dir.resolve("data"));
  }

  @Override
  public void close() {
    List<ProcessHandle> tree =
        Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
    tree.forEach(ProcessHandle::destroy);
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        tree.forEach(ProcessHandle::destroyForcibly);
      }
      for (ProcessHandle h : tree) {
        h.onExit().get(30, TimeUnit.SECONDS);
      }
    } catch (Exception e) {
      tree.forEach(ProcessHandle::destroyForcibly);
    }
  }

  private static long awaitReady(Process process, int port, Path dir)
      throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("Hearth exited while starting; see " + dir.resolve("console.log"));
      }
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return System.nanoTime();
        }
      } catch (IOException e) {
        // Not listening yet.
      }
      Thread.sleep(50);
    }
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    throw new IOException("Hearth was not ready within " + READY_TIMEOUT.toSeconds() + " s");
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from)) {
      throw new IOException(from + " is missing: build the server first (see docs/benchmarks.md)");
    }
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.sorted(Comparator.naturalOrder()).toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
