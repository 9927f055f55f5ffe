package org.hearth.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One complete Hearth server started from the built Liberty runtime, as an operator would run it:
 * its own user directory, ports and data directory. It can be stopped, killed with SIGKILL and
 * started again on the same data.
 *
 * <p>Layout under {@code target/it/<name>/}: {@code usr/} (a copy of the built server), {@code
 * data/} (Hearth's data directory, kept across restarts) and {@code console.log}.
 */
public final class HearthServer implements AutoCloseable {
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(240);

  private final String name;
  private final Path root;
  private final Path userDir;
  private final Path dataDir;
  private final Map<String, String> environment;
  private final int httpPort;
  private final int httpsPort;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private Process process;

  HearthServer(String name, Map<String, String> environment, Map<String, String> configDropins) {
    this.name = name;
    this.root = itDir().resolve(name);
    this.userDir = root.resolve("usr");
    this.dataDir = root.resolve("data");
    this.httpPort = freePort();
    this.httpsPort = freePort();
    this.environment = new LinkedHashMap<>(environment);
    try {
      deleteRecursively(root);
      Files.createDirectories(dataDir);
      Path wlpUsr = wlpDir().resolve("usr");
      copyRecursively(wlpUsr.resolve("servers/hearth"), userDir.resolve("servers/hearth"));
      copyRecursively(wlpUsr.resolve("shared"), userDir.resolve("shared"));
      Path dropins = userDir.resolve("servers/hearth/configDropins/overrides");
      Files.createDirectories(dropins);
      for (Map.Entry<String, String> dropin : configDropins.entrySet()) {
        Files.writeString(dropins.resolve(dropin.getKey()), dropin.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not lay out server " + name, e);
    }
  }

  public String name() {
    return name;
  }

  /** The environment entry {@code name} this server was given, if any (e.g. {@code DB_URL}). */
  public java.util.Optional<String> environment(String name) {
    return java.util.Optional.ofNullable(environment.get(name));
  }

  /** The base URL (loopback, by name), without a trailing slash. */
  public URI baseUri() {
    return URI.create("http://localhost:" + httpPort);
  }

  public URI uri(String path) {
    return baseUri().resolve(path);
  }

  public int httpPort() {
    return httpPort;
  }

  public Path dataDir() {
    return dataDir;
  }

  /** Everything the server writes apart from its data: logs, FFDC, work areas. */
  public Path outputDir() {
    return userDir.resolve("servers/hearth");
  }

  public Path consoleLog() {
    return root.resolve("console.log");
  }

  /**
   * A connection to the database this server keeps: its PostgreSQL database when it was given one,
   * else its H2 file (then the server must be stopped: H2 locks the file while it runs).
   */
  public java.sql.Connection openDatabase() throws java.sql.SQLException {
    String url =
        environment("DB_URL")
            .orElse("jdbc:h2:file:" + dataDir().resolve("db/hearth") + ";IFEXISTS=TRUE");
    return java.sql.DriverManager.getConnection(
        url, environment("DB_USER").orElse("hearth"), environment("DB_PASSWORD").orElse("hearth"));
  }

  public boolean isRunning() {
    return process != null && process.isAlive();
  }

  /** Starts the server and waits until {@code /health/ready} answers 200. */
  public synchronized HearthServer start() {
    if (isRunning()) {
      return this;
    }
    ProcessBuilder builder =
        new ProcessBuilder(wlpDir().resolve("bin/server").toString(), "run", "hearth")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(consoleLog().toFile()));
    Map<String, String> env = builder.environment();
    env.put("WLP_USER_DIR", userDir.toString());
    env.put("HTTP_PORT", Integer.toString(httpPort));
    env.put("HTTPS_PORT", Integer.toString(httpsPort));
    env.put("HEARTH_DATA_DIR", dataDir.toString());
    env.put("HEARTH_BASE_URL", baseUri().toString());
    env.put("JVM_ARGS", "-XX:TieredStopAtLevel=1 -Xmx512m");
    env.putAll(environment);
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start server " + name, e);
    }
    awaitReady();
    return this;
  }

  /** Stops the server the way an operator's stop would (SIGTERM), waiting for it to exit. */
  public synchronized void stop() {
    if (process == null) {
      return;
    }
    List<ProcessHandle> tree = tree();
    tree.forEach(ProcessHandle::destroy);
    waitFor(tree, Duration.ofSeconds(60));
    tree.forEach(ProcessHandle::destroyForcibly);
    process = null;
  }

  /** Kills the server at once with SIGKILL, as a crash would. */
  public synchronized void kill() {
    if (process == null) {
      return;
    }
    List<ProcessHandle> tree = tree();
    tree.forEach(ProcessHandle::destroyForcibly);
    waitFor(tree, Duration.ofSeconds(30));
    process = null;
  }

  public HearthServer restart() {
    stop();
    return start();
  }

  @Override
  public void close() {
    stop();
  }

  private List<ProcessHandle> tree() {
    ProcessHandle handle = process.toHandle();
    List<ProcessHandle> descendants = handle.descendants().toList();
    return java.util.stream.Stream.concat(descendants.stream(), java.util.stream.Stream.of(handle))
        .toList();
  }

  private static void waitFor(List<ProcessHandle> handles, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    for (ProcessHandle handle : handles) {
      long left = Math.max(1, Duration.between(Instant.now(), deadline).toMillis());
      try {
        handle.onExit().get(left, TimeUnit.MILLISECONDS);
      } catch (Exception e) {
        // Still running after the timeout: the caller escalates.
      }
    }
  }

  private void awaitReady() {
    Instant deadline = Instant.now().plus(READY_TIMEOUT);
    HttpRequest ready =
        HttpRequest.newBuilder(uri("/health/ready")).timeout(Duration.ofSeconds(5)).build();
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "server " + name + " exited while starting; see " + consoleLog());
      }
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // Not listening yet.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + name, e);
      }
      sleep(500);
    }
    kill();
    throw new IllegalStateException(
        "server " + name + " was not ready within " + READY_TIMEOUT + "; see " + consoleLog());
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static Path wlpDir() {
    return Path.of(System.getProperty("hearth.wlp.dir", "target/liberty/wlp")).toAbsolutePath();
  }

  static Path itDir() {
    return Path.of(System.getProperty("hearth.it.dir", "target/it")).toAbsolutePath();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copyRecursively(Path from, Path to) throws IOException {
    Files.walkFileTree(
        from,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            Path relative = from.relativize(dir);
            if (relative.startsWith("logs")
                || relative.startsWith("workarea")
                || relative.startsWith("apps/expanded")) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            Files.createDirectories(to.resolve(relative.toString()));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.copy(
                file,
                to.resolve(from.relativize(file).toString()),
                StandardCopyOption.REPLACE_EXISTING);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (var paths = Files.walk(path)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
