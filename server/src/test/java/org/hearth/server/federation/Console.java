package org.hearth.server.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.hearth.server.testing.Admins;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.Http;
import org.hearth.server.testing.Members;

/**
 * One test server's admin, calling the JSON API the admin console calls, and the public reads a
 * member's browser makes.
 */
final class Console {
  final HearthServer server;
  private final String token;

  Console(HearthServer server) {
    this.server = server;
    this.token = Admins.token(server);
  }

  HttpResponse<String> send(String method, String path, String json) {
    HttpRequest.Builder b = Members.authorized(server.uri(path), token);
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    HttpRequest.BodyPublisher body =
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json);
    return Http.send(b.method(method, body).build());
  }

  JsonObject ok(String method, String path, String json, int status) {
    HttpResponse<String> r = send(method, path, json);
    assertEquals(status, r.statusCode(), method + " " + path + ": " + r.body());
    return r.body().isEmpty() ? JsonValue.EMPTY_JSON_OBJECT : Http.json(r);
  }

  JsonArray list(String path) {
    HttpResponse<String> r = send("GET", path, null);
    assertEquals(200, r.statusCode(), r.body());
    return array(r.body());
  }

  JsonObject instance() {
    return ok("GET", "/api/v1/admin/federation/instance", null, 200);
  }

  JsonObject peer(String id) {
    return ok("GET", "/api/v1/admin/federation/peers/" + id, null, 200);
  }

  JsonObject sync(String id) {
    return ok("POST", "/api/v1/admin/federation/peers/" + id + "/sync", null, 200);
  }

  /** The status of one feed in a peer view. */
  static JsonObject feed(JsonObject peer, String kind) {
    return peer.getJsonArray("feeds").getValuesAs(JsonObject.class).stream()
        .filter(f -> f.getString("feed").equals(kind))
        .findFirst()
        .orElseThrow();
  }

  /** Public: the merged directory. */
  JsonArray groups() {
    return array(Http.get(server.uri("/api/v1/groups")).body());
  }

  /** Public: Get help now for a country. */
  JsonArray resources(String country) {
    return array(Http.get(server.uri("/api/v1/resources?country=" + country)).body());
  }

  static JsonArray array(String body) {
    return Json.createReader(new StringReader(body)).readArray();
  }

  static List<JsonObject> objects(JsonArray array) {
    return array.getValuesAs(JsonObject.class);
  }

  static boolean has(JsonArray array, String name) {
    return objects(array).stream().anyMatch(o -> o.getString("name").equals(name));
  }

  static JsonObject named(JsonArray array, String name) {
    return objects(array).stream()
        .filter(o -> o.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry named " + name + " in " + array));
  }

  /** Waits until {@code condition} holds for what {@code read} returns, or fails. */
  static <T> T await(String what, Duration timeout, Supplier<T> read, Predicate<T> condition) {
    Instant deadline = Instant.now().plus(timeout);
    T last = read.get();
    while (!condition.test(last)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("timed out waiting for " + what + "; last: " + last);
      }
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
      last = read.get();
    }
    return last;
  }
}
