package org.hearth.server.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.hearth.server.testing.Http;
import org.hearth.server.testing.Instance;
import org.hearth.server.testing.StoredDataScan;
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
      List<String> needles = List.of(agent, "127.0.0.1", "::1", "0:0:0:0:0:0:0:1");
      List<String> findings =
          StoredDataScan.files(
              List.of(hearth.outputDir(), hearth.consoleLog(), hearth.dataDir()),
              needles,
              NoClientAddressInFilesIT::builtNotWritten);
      assertTrue(findings.isEmpty(), String.join("\n", findings));
    } finally {
      hearth.start();
    }
  }

  /**
   * What the build and this test put there rather than the server: the application, libraries and
   * the configuration that makes the server listen on ::1. Liberty's OSGi caches hold its own
   * configuration defaults (such as a regular expression naming ::1), never request data: only the
   * agent is looked for there.
   */
  private static boolean builtNotWritten(Path file, String needle) {
    String name = file.toString();
    return name.contains("/apps/")
        || name.contains("/configDropins/")
        || name.endsWith(".jar")
        || (name.contains("/workarea/org.eclipse.osgi/") && !needle.startsWith("HearthProbe/"));
  }
}
