package org.hearth.client.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.hearth.client.InstanceUrl;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.Ed25519PublicKey;
import org.hearth.crypto.SignInChallenge;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sign-in, session caching and answers that do not check out, against a small stand-in server. */
class HearthClientTest {
  final AtomicInteger signIns = new AtomicInteger();
  final AtomicReference<String> validToken = new AtomicReference<>();
  final AtomicLong sessionSeconds = new AtomicLong(3600);
  final AtomicReference<String> instanceThumbprint = new AtomicReference<>();
  final Ed25519KeyPair instanceKey = Ed25519KeyPair.generate();
  HttpServer server;
  String audience;
  HearthClient client;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    audience = "http://127.0.0.1:" + server.getAddress().getPort();
    instanceThumbprint.set(instanceKey.publicKey().thumbprint().value());
    server.createContext("/api/v1/auth/challenges", this::challenge);
    server.createContext("/api/v1/auth/sessions", this::session);
    server.createContext("/api/v1/admin/keys", this::adminKeys);
    server.createContext("/.well-known/hearth", this::instance);
    server.createContext("/api/v1/groups", e -> send(e, 502, "text/html", "<h1>Bad gateway</h1>"));
    server.start();
    client = new HearthClient(InstanceUrl.parse(audience));
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void aSessionIsReusedWhileFreshAndRenewedAfterA401() {
    Ed25519KeyPair key = Ed25519KeyPair.generate();
    client.adminKeys(key);
    client.adminKeys(key);
    assertEquals(1, signIns.get(), "one sign-in serves both calls");
    assertEquals(key.publicKey().thumbprint(), client.session(key).subject());

    validToken.set("revoked elsewhere");
    client.adminKeys(key);
    assertEquals(2, signIns.get(), "a 401 signs in once more");
  }

  @Test
  void aSessionAboutToEndIsRenewedBeforeUse() {
    sessionSeconds.set(HearthClient.RENEW_MARGIN_SECONDS / 2);
    Ed25519KeyPair key = Ed25519KeyPair.generate();
    client.adminKeys(key);
    client.adminKeys(key);
    assertEquals(2, signIns.get());
  }

  @Test
  void anInstanceDocumentWhoseThumbprintIsNotItsKeysIsRefused() {
    assertEquals(instanceKey.publicKey(), client.instanceDocument().publicKey());
    instanceThumbprint.set(Ed25519KeyPair.generate().publicKey().thumbprint().value());
    HearthConnectionException e =
        assertThrows(HearthConnectionException.class, client::instanceDocument);
    assertTrue(e.getMessage().contains("does not check out"), e.getMessage());
  }

  @Test
  void anErrorPageThatIsNotAProblemStillGivesStatusAndALine() {
    HearthApiException e = assertThrows(HearthApiException.class, () -> client.groups("x", null));
    assertEquals(502, e.status());
    assertEquals("about:blank", e.type());
    assertEquals(audience + " answered HTTP 502", e.getMessage());
  }

  private void challenge(HttpExchange e) throws IOException {
    SignInChallenge c = SignInChallenge.issue(audience, Clock.systemUTC(), Duration.ofMinutes(1));
    send(e, 201, "application/json", "{\"challenge\":\"" + c.encode() + "\",\"expiresAt\":1}");
  }

  private void session(HttpExchange e) throws IOException {
    JsonObject body;
    try (var reader =
        Json.createReader(
            new StringReader(
                new String(e.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)))) {
      body = reader.readObject();
    }
    Ed25519PublicKey key = Ed25519PublicKey.fromJwk(body.getJsonObject("publicKey").toString());
    try {
      SignInChallenge.verify(
          SignInChallenge.parse(body.getString("challenge")),
          key,
          Base64.getUrlDecoder().decode(body.getString("signature")),
          audience,
          Clock.systemUTC());
    } catch (Exception refused) {
      send(e, 401, "application/problem+json", "{\"type\":\"urn:hearth:problem:unauthorized\"}");
      return;
    }
    String token = "token-" + signIns.incrementAndGet();
    validToken.set(token);
    long expires = Clock.systemUTC().instant().getEpochSecond() + sessionSeconds.get();
    send(
        e,
        201,
        "application/json",
        "{\"token\":\""
            + token
            + "\",\"subject\":\""
            + key.thumbprint()
            + "\",\"expiresAt\":"
            + expires
            + "}");
  }

  private void adminKeys(HttpExchange e) throws IOException {
    String auth = e.getRequestHeaders().getFirst("Authorization");
    if (!("Bearer " + validToken.get()).equals(auth)) {
      send(
          e,
          401,
          "application/problem+json",
          "{\"type\":\"urn:hearth:problem:unauthorized\",\"title\":\"Sign-in is required\","
              + "\"status\":401}");
      return;
    }
    send(e, 200, "application/json", "[]");
  }

  private void instance(HttpExchange e) throws IOException {
    send(
        e,
        200,
        "application/json",
        "{\"name\":\"Test\",\"description\":\"d\",\"baseUrl\":\""
            + audience
            + "\",\"publicKey\":"
            + instanceKey.publicKey().toJwkJson()
            + ",\"thumbprint\":\""
            + instanceThumbprint.get()
            + "\",\"software\":{\"name\":\"hearth\",\"version\":\"0\"}}");
  }

  private static void send(HttpExchange e, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    e.getResponseHeaders().add("Content-Type", type);
    e.sendResponseHeaders(status, bytes.length);
    e.getResponseBody().write(bytes);
    e.close();
  }
}
