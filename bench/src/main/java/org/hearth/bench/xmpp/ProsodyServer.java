package org.hearth.bench.xmpp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hearth.bench.ChatMember;
import org.hearth.bench.ChatTarget;
import org.hearth.bench.measure.Deliveries;

/**
 * A throwaway Prosody (Debian's package) started as a child process: its own configuration and data
 * directory, anonymous login, a multi-user chat component, client connections on one loopback port
 * only, no TLS, no server-to-server, memory storage. Stopped with SIGTERM on {@link #close}.
 *
 * <p>Not thread-safe.
 */
public final class ProsodyServer implements ChatTarget {
  static final String DOMAIN = "localhost";
  static final String MUC = "conference.localhost";

  private final Path dir;
  private final int port;
  private final Process process;

  private ProsodyServer(Path dir, int port, Process process) {
    this.dir = dir;
    this.port = port;
    this.process = process;
  }

  /**
   * Writes a configuration into {@code dir} and starts Prosody on {@code port}. Run as root, it
   * runs as the {@code prosody} user, which then owns {@code dir}.
   */
  public static ProsodyServer start(Path dir, int port) throws IOException, InterruptedException {
    Files.createDirectories(dir.resolve("data"));
    Path config = dir.resolve("prosody.cfg.lua");
    Files.writeString(config, config(dir, port));
    List<String> command = new ArrayList<>();
    if ("root".equals(System.getProperty("user.name"))) {
      new ProcessBuilder("chown", "-R", "prosody:prosody", dir.toString())
          .inheritIO()
          .start()
          .waitFor();
      command.addAll(List.of("runuser", "-u", "prosody", "--"));
    }
    command.addAll(List.of("prosody", "--config", config.toString(), "-F"));
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("console.log").toFile())
            .start();
    ProsodyServer server = new ProsodyServer(dir, port, process);
    server.awaitListening();
    return server;
  }

  /** The configuration: everything the run needs, nothing reachable from outside loopback. */
  static String config(Path dir, int port) {
    return String.join(
        "\n",
        "-- Written by Hearth's benchmark for one run; deleted with its directory.",
        "pidfile = \"" + dir.resolve("prosody.pid") + "\"",
        "data_path = \"" + dir.resolve("data") + "\"",
        "log = { info = \"" + dir.resolve("prosody.log") + "\" }",
        "daemonize = false",
        "interfaces = { \"127.0.0.1\" }",
        "c2s_ports = { " + port + " }",
        "c2s_interfaces = { \"127.0.0.1\" }",
        "c2s_direct_tls_ports = { }",
        "legacy_ssl_ports = { }",
        "s2s_ports = { }",
        "component_ports = { }",
        "http_ports = { }",
        "https_ports = { }",
        "network_backend = \"epoll\"",
        "modules_enabled = { \"disco\", \"saslauth\", \"ping\" }",
        "modules_disabled = { \"s2s\", \"offline\", \"tls\" }",
        "c2s_require_encryption = false",
        "storage = \"memory\"",
        "VirtualHost \"" + DOMAIN + "\"",
        "  authentication = \"anonymous\"",
        "Component \"" + MUC + "\" \"muc\"",
        "  restrict_room_creation = false",
        "  muc_room_locking = false",
        "  max_history_messages = 0",
        "");
  }

  @Override
  public String name() {
    return "Prosody";
  }

  @Override
  public long pid() {
    return process.pid();
  }

  @Override
  public List<ChatMember> join(int groups, int members, int payload, Deliveries counts)
      throws IOException {
    String run = Long.toString(System.nanoTime(), 36);
    List<ChatMember> all = new ArrayList<>();
    InetSocketAddress address = new InetSocketAddress("127.0.0.1", port);
    try {
      for (int g = 0; g < groups; g++) {
        String room = "r" + run + "-" + g + "@" + MUC;
        for (int m = 0; m < members; m++) {
          XmppMember member = new XmppMember(g * members + m, DOMAIN, room, payload, counts);
          all.add(member);
          member.connect(address);
        }
      }
    } catch (IOException e) {
      all.forEach(ChatMember::stop);
      throw e;
    }
    return all;
  }

  @Override
  public void close() {
    List<ProcessHandle> tree =
        java.util.stream.Stream.concat(
                process.descendants(), java.util.stream.Stream.of(process.toHandle()))
            .toList();
    tree.forEach(ProcessHandle::destroy);
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        tree.forEach(ProcessHandle::destroyForcibly);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      tree.forEach(ProcessHandle::destroyForcibly);
    }
  }

  private void awaitListening() throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IOException("Prosody exited while starting; see " + dir.resolve("console.log"));
      }
      try (Socket probe = new Socket()) {
        probe.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (IOException e) {
        Thread.sleep(200);
      }
    }
    close();
    throw new IOException("Prosody did not listen on port " + port + " within 30 s");
  }
}
