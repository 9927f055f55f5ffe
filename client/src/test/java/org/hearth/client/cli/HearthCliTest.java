package org.hearth.client.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hearth.client.api.HearthClient;
import org.hearth.crypto.PassphraseSeal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HearthCliTest {
  @TempDir Path dir;

  final Map<String, String> env = new HashMap<>(Map.of(CliContext.PASSPHRASE_ENV, "correct horse"));
  String out;
  String err;

  int hearth(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    CliContext context =
        new CliContext(
            env,
            Terminal.none(),
            new PrintWriter(o, true),
            new PrintWriter(e, true),
            new PassphraseSeal(new PassphraseSeal.Cost(64, 1, 1)),
            Clock.systemUTC(),
            dir.resolve("home"),
            HearthClient::new);
    String[] withKeyring = new String[args.length + 2];
    withKeyring[0] = "--keyring";
    withKeyring[1] = dir.resolve("keyring").toString();
    System.arraycopy(args, 0, withKeyring, 2, args.length);
    try (context) {
      return HearthCli.run(context, withKeyring);
    } finally {
      out = o.toString();
      err = e.toString();
      assertFalse(err.contains("\tat "), "no stack trace: " + err);
    }
  }

  @Test
  void wrongCommandLinesExitWithTwo() throws IOException {
    assertEquals(2, hearth());
    assertEquals(2, hearth("groups", "list", "ftp://example.org"));
    assertTrue(err.contains("an instance URL starts with https:// or http://"), err);
    assertEquals(2, hearth("groups", "show", "http://localhost:9080", "not-a-uuid"));
    assertEquals(2, hearth("groups", "create", "http://localhost:9080", "--name", "n"));
    assertTrue(err.contains("Missing required options"), err);
    assertEquals(2, hearth("admin", "setup", "http://localhost:9080"));
    assertEquals(
        2, hearth("admin", "setup", "http://localhost:9080", "--code", "A", "--code-file", "f"));
    assertEquals(2, hearth("frobnicate"));
  }

  @Test
  void theKeyringIsMadeOnceAndLockedByItsPassphrase() {
    assertEquals(0, hearth("keyring", "init"));
    assertEquals(3, hearth("keyring", "init"));
    assertTrue(err.contains("already"), err);
    assertEquals(0, hearth("keyring", "list"));
    assertTrue(out.contains("no keys"), out);

    env.put(CliContext.PASSPHRASE_ENV, "wrong horse");
    assertEquals(3, hearth("keyring", "list"));
    assertTrue(err.startsWith("hearth: Wrong passphrase"), err);

    env.remove(CliContext.PASSPHRASE_ENV);
    assertEquals(3, hearth("keyring", "list"));
    assertTrue(err.contains("set HEARTH_KEYRING_PASSPHRASE"), err);
  }

  @Test
  void aShortPassphraseIsRefusedAtInit() {
    env.put(CliContext.PASSPHRASE_ENV, "short");
    assertEquals(3, hearth("keyring", "init"));
    assertFalse(Files.exists(dir.resolve("keyring")));
  }

  @Test
  void exportedKeysMoveToTheOtherKeyringAndAreRefusedHere() throws IOException {
    String url = "http://127.0.0.1:9";
    assertEquals(0, hearth("keyring", "init"));
    assertEquals(0, hearth("admin", "my-key", url));
    String fingerprint = out.lines().filter(l -> l.startsWith("Fingerprint")).findFirst().get();
    env.put(CliContext.EXPORT_PASSPHRASE_ENV, "export horse");
    Path export = dir.resolve("moving.hearth");

    assertEquals(0, hearth("keyring", "export", export.toString()));
    assertTrue(Files.exists(export));
    assertEquals(3, hearth("admin", "keys", "list", url));
    assertTrue(err.contains("was moved to another device"), err);
    assertEquals(0, hearth("keyring", "list"));
    assertTrue(out.contains("moved to another device"), out);

    Files.move(dir.resolve("keyring"), dir.resolve("old-device"));
    assertEquals(0, hearth("keyring", "init"));
    assertEquals(0, hearth("keyring", "import", export.toString()));
    assertFalse(Files.exists(export), "the export file is deleted after import");
    assertEquals(0, hearth("admin", "my-key", url));
    assertTrue(out.contains(fingerprint), out);
  }

  @Test
  void anUnreachableInstanceExitsWithFour() {
    assertEquals(4, hearth("help-lines", "http://127.0.0.1:9", "--country", "UG"));
    assertTrue(err.startsWith("hearth: Cannot reach http://127.0.0.1:9"), err);
  }

  @Test
  void aProblemFromTheInstanceIsOneLineWithItsFields() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] body =
              ("{\"type\":\"urn:hearth:problem:validation\",\"title\":\"Some fields of the request"
                      + " are not valid\",\"status\":422,\"detail\":\"country must be a two-letter"
                      + " ISO 3166-1 code.\",\"errors\":[{\"field\":\"country\",\"message\":\"must"
                      + " be two letters\"}]}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
          exchange.sendResponseHeaders(422, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort();
      assertEquals(1, hearth("help-lines", url, "--country", "Uganda"));
      assertEquals(
          "hearth: country must be a two-letter ISO 3166-1 code. [validation, HTTP 422]\n"
              + "  country: must be two letters\n",
          err);
      assertEquals(1, hearth("groups", "show", url, UUID.randomUUID().toString()));
    } finally {
      server.stop(0);
    }
  }
}
