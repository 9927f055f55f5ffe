package org.hearth.server.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hearth.server.testing.Admins;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.Http;
import org.hearth.server.testing.Members;

/** The parts of the full privacy scenario beyond one group: federation and browsing. */
final class PeerScenario {
  static final String HOME_GROUP = "Scan home circle";

  private PeerScenario() {}

  /**
   * {@code home} and {@code peer} peer with each other as their admins would, and a listed group of
   * the home instance's shows in the peer's directory.
   */
  static void federate(HearthServer home, HearthServer peer) {
    String peerAdmin = Admins.token(peer);
    String homeAdmin = Admins.token(home);
    call(
        home,
        homeAdmin,
        "POST",
        "/api/v1/groups",
        "{\"name\":\""
            + HOME_GROUP
            + "\",\"description\":\"Peer support.\",\"language\":\"en\","
            + "\"joinPolicy\":\"APPROVAL\",\"guidelines\":\"Be kind.\",\"listed\":true}",
        201);
    JsonObject looked =
        call(
            home,
            homeAdmin,
            "POST",
            "/api/v1/admin/federation/lookup",
            "{\"baseUrl\":\"" + peer.baseUri() + "\"}",
            200);
    call(
        home,
        homeAdmin,
        "POST",
        "/api/v1/admin/federation/peers",
        "{\"baseUrl\":\""
            + peer.baseUri()
            + "\",\"fingerprint\":\""
            + looked.getString("fingerprint")
            + "\"}",
        201);
    HttpResponse<String> pending =
        Http.send(
            Members.authorized(
                    peer.uri("/api/v1/admin/federation/peers?state=PENDING_INCOMING"), peerAdmin)
                .build());
    assertEquals(200, pending.statusCode(), pending.body());
    String id =
        Json.createReader(new StringReader(pending.body()))
            .readArray()
            .getJsonObject(0)
            .getString("id");
    call(peer, peerAdmin, "POST", "/api/v1/admin/federation/peers/" + id + "/approve", null, 200);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (!Http.get(peer.uri("/groups")).body().contains(HOME_GROUP)) {
      assertTrue(Instant.now().isBefore(deadline), "the group never reached the peer's directory");
      pause();
    }
  }

  /** Pages and API calls, some failing, all with {@code agent} as the user agent. */
  static void browse(HearthServer server, String agent) {
    for (String path :
        List.of(
            "/", "/help?country=UG", "/groups", "/privacy", "/api/v1/groups", "/api/v1/missing")) {
      Http.send(HttpRequest.newBuilder(server.uri(path)).header("User-Agent", agent).build());
    }
    for (String body : List.of("", "{broken")) {
      Http.send(
          HttpRequest.newBuilder(server.uri("/api/v1/auth/challenges"))
              .header("User-Agent", agent)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build());
      Http.send(
          HttpRequest.newBuilder(server.uri("/api/v1/auth/sessions"))
              .header("User-Agent", agent)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build());
    }
  }

  private static JsonObject call(
      HearthServer server, String token, String method, String path, String json, int status) {
    HttpRequest.Builder request = Members.authorized(server.uri(path), token);
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    HttpResponse<String> response =
        Http.send(
            request
                .method(
                    method,
                    json == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .build());
    assertEquals(status, response.statusCode(), method + " " + path + ": " + response.body());
    return response.body().isEmpty() ? JsonValue.EMPTY_JSON_OBJECT : Http.json(response);
  }

  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
