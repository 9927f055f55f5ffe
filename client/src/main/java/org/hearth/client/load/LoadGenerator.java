package org.hearth.client.load;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.hearth.client.InstanceUrl;
import org.hearth.client.api.HearthClient;
import org.hearth.client.keyring.KeyScope;
import org.hearth.client.keyring.KeyringFile;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.PassphraseSeal;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Loads a running Hearth with G groups × M real MLS members: each member sends closed-loop posts of
 * a fixed size while all members follow their group live over SSE; after a warm-up it measures
 * accepted messages per second, deliveries per second, send-to-delivery latency and, given the
 * server's process id, its CPU time per 1,000 deliveries and its resident memory. See docs/load.md.
 *
 * <p>Not thread-safe; one run per process.
 */
@Command(
    name = "hearth-load",
    mixinStandardHelpOptions = true,
    description = "Load a running Hearth with real MLS members and report what it sustains.")
public final class LoadGenerator implements Callable<Integer> {
  @Option(
      names = "--url",
      required = true,
      description = "The instance, like http://localhost:9080.")
  String url;

  @Option(names = "--groups", paramLabel = "G", description = "Groups (default 1).")
  int groups = 1;

  @Option(names = "--members", paramLabel = "M", description = "Members per group (default 8).")
  int members = 8;

  @Option(names = "--payload", paramLabel = "BYTES", description = "Post body size (200).")
  int payload = 200;

  @Option(names = "--warmup", paramLabel = "S", description = "Seconds before measuring (3).")
  int warmup = 3;

  @Option(names = "--seconds", paramLabel = "S", description = "Seconds measured (15).")
  int seconds = 15;

  @Option(
      names = "--server-pid",
      paramLabel = "PID",
      description = "The server's process: report its CPU time and memory from /proc.")
  Long serverPid;

  @Option(
      names = "--setup-code-file",
      paramLabel = "PATH",
      description = "Become the instance's first admin with its setup code, to create groups.")
  Path setupCodeFile;

  @Option(
      names = "--admin-keyring",
      paramLabel = "FILE",
      description =
          "Create groups with this keyring's admin key for the instance (passphrase from"
              + " HEARTH_KEYRING_PASSPHRASE). Without either option, members create the groups.")
  Path adminKeyring;

  @Option(
      names = "--decrypt",
      description =
          "Followers decrypt each post as members do, and latency runs to the decrypted post (the"
              + " generator's MLS work, under one JVM-wide lock, then often limits the run).")
  boolean decrypt;

  private final PrintWriter out;
  private volatile boolean running;

  public LoadGenerator() {
    this(new PrintWriter(System.out, true));
  }

  LoadGenerator(PrintWriter out) {
    this.out = out;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new LoadGenerator()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    if (groups < 1 || members < 2 || payload < 1 || warmup < 0 || seconds < 1) {
      throw new CommandLine.ParameterException(
          new CommandLine(this), "groups >= 1, members >= 2, payload >= 1, seconds >= 1");
    }
    InstanceUrl instance = InstanceUrl.parse(url);
    LoadStats stats = new LoadStats();
    List<List<LoadMember>> all =
        new LoadSetup(instance, admin(instance), stats, decrypt, out).groups(groups, members);
    List<LoadMember> everyone = all.stream().flatMap(List::stream).toList();

    CountDownLatch connected = new CountDownLatch(everyone.size());
    everyone.forEach(m -> m.follow(connected));
    if (!connected.await(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("not every member could follow its group within 60 s");
    }
    out.println("setup: " + everyone.size() + " members follow their groups; sending");

    running = true;
    List<Thread> senders = new ArrayList<>();
    for (LoadMember member : everyone) {
      Thread sender = new Thread(() -> member.sendUntil(() -> running, payload), member.name);
      sender.setDaemon(true);
      sender.start();
      senders.add(sender);
    }
    Thread.sleep(warmup * 1000L);
    ProcessFigures before = serverPid == null ? null : ProcessFigures.of(serverPid);
    stats.open();
    Thread.sleep(seconds * 1000L);
    stats.close();
    ProcessFigures after = serverPid == null ? null : ProcessFigures.of(serverPid);
    running = false;
    for (Thread sender : senders) {
      sender.join(10_000);
    }
    everyone.forEach(LoadMember::stop);
    report(stats, before, after);
    return 0;
  }

  private Ed25519KeyPair admin(InstanceUrl instance) throws IOException {
    if (setupCodeFile != null) {
      Ed25519KeyPair admin = Ed25519KeyPair.generate();
      String code = Files.readString(setupCodeFile, StandardCharsets.US_ASCII).strip();
      new HearthClient(instance).setUpAdmin(code, admin);
      out.println("setup: registered a new admin key with the setup code");
      return admin;
    }
    if (adminKeyring != null) {
      String passphrase = System.getenv("HEARTH_KEYRING_PASSPHRASE");
      if (passphrase == null) {
        throw new IllegalStateException("set HEARTH_KEYRING_PASSPHRASE for --admin-keyring");
      }
      return KeyringFile.keyring(adminKeyring, new PassphraseSeal())
          .load(passphrase.toCharArray())
          .key(KeyScope.admin(instance));
    }
    return null;
  }

  private void report(LoadStats stats, ProcessFigures before, ProcessFigures after) {
    double window = stats.seconds();
    long deliveries = stats.deliveries();
    out.println();
    out.println(
        String.format(
            Locale.ROOT,
            "Hearth load: %d group(s) x %d members, %d-byte posts, %.1f s measured after %d s"
                + " warm-up; deliveries %s",
            groups,
            members,
            payload,
            window,
            warmup,
            decrypt ? "decrypted by the followers" : "timed on arrival over the stream"));
    out.println(
        String.format(
            Locale.ROOT,
            "accepted messages/s  %10.1f  (%d)",
            stats.acceptedCount() / window,
            stats.acceptedCount()));
    out.println(
        String.format(
            Locale.ROOT, "deliveries/s         %10.1f  (%d)", deliveries / window, deliveries));
    out.println(
        String.format(
            Locale.ROOT,
            "send-to-delivery ms  p50 %.1f  p95 %.1f  p99 %.1f  max %.1f",
            stats.latencyMillis(50),
            stats.latencyMillis(95),
            stats.latencyMillis(99),
            stats.maxLatencyMillis()));
    if (before != null && after != null) {
      double cpu = after.cpuSeconds() - before.cpuSeconds();
      out.println(
          String.format(
              Locale.ROOT,
              "server CPU           %10.2f s (%.0f%% of one core); %.3f CPU-s per 1,000"
                  + " deliveries",
              cpu,
              100 * cpu / window,
              deliveries == 0 ? 0.0 : 1000 * cpu / deliveries));
      out.println(
          String.format(
              Locale.ROOT, "server RSS           %10.1f MiB", after.rssBytes() / 1048576.0));
    }
    out.println("failures             " + (stats.failures().isEmpty() ? "none" : stats.failures()));
  }
}
