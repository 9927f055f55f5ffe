package org.hearth.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.LongAdder;
import org.hearth.bench.hearth.HearthProcess;
import org.hearth.bench.measure.ProcessSample;
import org.hearth.client.InstanceUrl;
import org.hearth.client.api.HearthClient;
import org.hearth.crypto.Ed25519KeyPair;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Sign-in throughput: many clients, each with its own key, signing in again and again (a challenge,
 * then the signed response that the server verifies and answers with a session). The baseline in
 * the same run is the challenge request alone, an HTTP round trip with no signature to check.
 */
@Command(
    name = "signin",
    mixinStandardHelpOptions = true,
    description = "Sign-ins per second (challenge + signed response), many clients.")
final class SignInCommand implements Callable<Integer> {
  @Mixin BenchOptions options;

  @Option(names = "--clients", description = "Concurrent clients (default 32).")
  int clients = 32;

  @Option(names = "--seconds", description = "Seconds measured per phase (default 15).")
  int seconds = 15;

  @Override
  public Integer call() throws Exception {
    Path run = options.runDir();
    String loadBefore = BenchOptions.loadAverage();
    List<String> out = new ArrayList<>();
    try (HearthProcess server = HearthProcess.start(options.wlp, run.resolve("signin"), Map.of())) {
      InstanceUrl url = InstanceUrl.parse(server.baseUri().toString());
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      HttpRequest challenge =
          HttpRequest.newBuilder(URI.create(server.baseUri() + "/api/v1/auth/challenges"))
              .POST(HttpRequest.BodyPublishers.noBody())
              .build();
      List<HearthClient> perClient = new ArrayList<>();
      List<Ed25519KeyPair> keys = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        perClient.add(new HearthClient(url));
        keys.add(Ed25519KeyPair.generate());
      }
      Phase challenges =
          phase(
              server,
              i -> {
                if (http.send(challenge, HttpResponse.BodyHandlers.discarding()).statusCode()
                    >= 300) {
                  throw new IllegalStateException("challenge refused");
                }
              });
      Phase signIns = phase(server, i -> perClient.get(i).signIn(keys.get(i)));
      out.add("");
      out.add(
          "Sign-in, "
              + clients
              + " clients, "
              + seconds
              + " s per phase; load average "
              + loadBefore
              + " before, "
              + BenchOptions.loadAverage()
              + " after");
      out.add("");
      out.add("| phase | per second | failures | server CPU-s per 1,000 | ratio to baseline |");
      out.add("|---|---:|---:|---:|---:|");
      out.add(challenges.row("challenge only (baseline)", challenges));
      out.add(signIns.row("sign-in: challenge + signed response", challenges));
    }
    out.forEach(System.out::println);
    Files.write(run.resolve("signin.md"), out);
    return 0;
  }

  private Phase phase(HearthProcess server, Step step) throws InterruptedException {
    LongAdder done = new LongAdder();
    LongAdder failed = new LongAdder();
    long warmupEnd = System.nanoTime() + 3_000_000_000L;
    long end = warmupEnd + seconds * 1_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      int client = i;
      Thread t =
          new Thread(
              () -> {
                while (System.nanoTime() < end) {
                  try {
                    step.run(client);
                    if (System.nanoTime() >= warmupEnd) {
                      done.increment();
                    }
                  } catch (Exception e) {
                    failed.increment();
                  }
                }
              });
      t.setDaemon(true);
      threads.add(t);
    }
    threads.forEach(Thread::start);
    Thread.sleep(3000);
    ProcessSample before = ProcessSample.of(server.pid());
    for (Thread t : threads) {
      t.join();
    }
    ProcessSample used = ProcessSample.of(server.pid()).since(before);
    return new Phase(done.sum() / (double) seconds, failed.sum(), used.cpuSeconds(), done.sum());
  }

  @FunctionalInterface
  private interface Step {
    void run(int client) throws Exception;
  }

  private record Phase(double perSecond, long failures, double cpu, long count) {
    String row(String name, Phase baseline) {
      return String.format(
          Locale.ROOT,
          "| %s | %,.0f | %d | %.3f | %.2f× |",
          name,
          perSecond,
          failures,
          count == 0 ? Double.NaN : 1000 * cpu / count,
          perSecond / baseline.perSecond);
    }
  }
}
