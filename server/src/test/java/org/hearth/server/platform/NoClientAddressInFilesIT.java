package org.hearth.server.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.hearth.server.testing.Http;
import org.hearth.server.testing.Instance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * After requests over IPv4 and IPv6 loopback with a distinctive user agent, including failing ones,
 * no file the server wrote holds a client address or that agent.
 */
@ExtendWith(HearthServers.class)
class NoClientAddressInFilesIT {

  @Test
  void serverFilesHoldNoAddressOrUserAgent(
      @Instance(value = "ipv6", ipv6 = true) HearthServer hearth) throws IOException {
    String agent = "HearthProbe/" + UUID.randomUUID();
    List<URI> bases = List.of(hearth.baseUri(), URI.create("http://[::1]:" + hearth.httpPort()));
    for (URI base : bases) {
      for (String path :
          List.of("/", "/help?country=UG", "/.well-known/hearth", "/api/v1/missing", "/nope")) {
        Http.send(HttpRequest.newBuilder(base.resolve(path)).header("User-Agent", agent).build());
      }
      int status =
          Http.send(
                  HttpRequest.newBuilder(base.resolve("/api/v1/auth/sessions"))
                      .header("User-Agent", agent)
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString("{broken"))
                      .build())
              .statusCode();
      assertEquals(400, status);
    }
    hearth.stop();
    try {
      List<String> findings = new ArrayList<>();
      for (Path root : List.of(hearth.outputDir(), hearth.consoleLog(), hearth.dataDir())) {
        scan(root, agent, findings);
      }
      assertTrue(findings.isEmpty(), String.join("\n", findings));
    } finally {
      hearth.start();
    }
  }

  private static void scan(Path root, String agent, List<String> findings) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    List<String> addresses = List.of("127.0.0.1", "::1", "0:0:0:0:0:0:0:1");
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        // Skip what the build and this test put there rather than the server: the application,
        // libraries and the configuration that makes the server listen on ::1.
        if (file.toString().contains("/apps/")
            || file.toString().contains("/configDropins/")
            || file.toString().endsWith(".jar")) {
          continue;
        }
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        // Liberty's OSGi caches hold its own configuration defaults (such as a regular
        // expression naming ::1), never request data: only the agent is looked for there.
        boolean osgiCache = file.toString().contains("/workarea/org.eclipse.osgi/");
        List<String> needles = new ArrayList<>(List.of(agent));
        if (!osgiCache) {
          needles.addAll(addresses);
        }
        for (String needle : needles) {
          int at = text.indexOf(needle);
          if (at >= 0) {
            int from = Math.max(0, at - 80);
            int to = Math.min(text.length(), at + needle.length() + 40);
            findings.add(file + ": " + text.substring(from, to).replace('\n', ' '));
          }
        }
      }
    }
  }
}
