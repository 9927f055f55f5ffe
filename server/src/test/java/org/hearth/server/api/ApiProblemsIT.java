package org.hearth.server.api;

import static org.hearth.server.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.hearth.server.testing.Http;
import org.hearth.server.testing.Instance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every kind of bad request gets RFC 9457 problem details with a stable type and no internals. */
@ExtendWith(HearthServers.class)
class ApiProblemsIT {
  private static final String SESSIONS = "/api/v1/auth/sessions";

  @Test
  void unknownPathIsNotFound(@Instance HearthServer hearth) {
    assertProblem(Http.get(hearth.uri("/api/v1/no-such-thing")), 404, "not-found");
  }

  @Test
  void malformedJsonIsBadRequest(@Instance HearthServer hearth) {
    assertProblem(
        Http.postJson(hearth.uri(SESSIONS), "{\"challenge\": \"abc\", "), 400, "malformed-body");
  }

  @Test
  void jsonOfTheWrongShapeIsBadRequest(@Instance HearthServer hearth) {
    assertProblem(Http.postJson(hearth.uri(SESSIONS), "[1, 2, 3]"), 400, "malformed-body");
  }

  @Test
  void wrongMediaTypeIsUnsupported(@Instance HearthServer hearth) {
    assertProblem(
        Http.post(hearth.uri(SESSIONS), "text/plain", "hello"), 415, "unsupported-media-type");
  }

  @Test
  void wrongMethodIsNotAllowed(@Instance HearthServer hearth) {
    assertProblem(Http.get(hearth.uri(SESSIONS)), 405, "method-not-allowed");
  }

  @Test
  void bodyOverTheLimitIsRefusedByItsLength(@Instance HearthServer hearth) {
    String big = "{\"challenge\":\"" + "a".repeat(200_000) + "\"}";
    assertProblem(Http.postJson(hearth.uri(SESSIONS), big), 413, "body-too-large");
  }

  @Test
  void chunkedBodyOverTheLimitIsRefusedWhileReading(@Instance HearthServer hearth) {
    byte[] big = new byte[300_000];
    Arrays.fill(big, (byte) ' ');
    big[0] = '{';
    big[big.length - 1] = '}';
    HttpRequest request =
        HttpRequest.newBuilder(hearth.uri(SESSIONS))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
            .build();
    assertProblem(Http.send(request), 413, "body-too-large");
  }

  @Test
  void invalidFieldsAreListed(@Instance HearthServer hearth) {
    HttpResponse<String> response =
        Http.postJson(hearth.uri(SESSIONS), "{\"challenge\": \"\", \"signature\": \"abc\"}");
    JsonObject problem = assertProblem(response, 422, "validation");
    var fields =
        problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("field"))
            .toList();
    assertTrue(fields.contains("challenge"), fields.toString());
    assertTrue(fields.contains("publicKey"), fields.toString());
    assertFalse(fields.contains("signature"), fields.toString());
  }

  @Test
  void theApiIsDescribedInOpenApi(@Instance HearthServer hearth) {
    HttpResponse<String> document = Http.get(hearth.uri("/openapi?format=JSON"));
    assertEquals(200, document.statusCode());
    String body = document.body();
    for (String path :
        new String[] {
          "/api/v1/auth/challenges",
          "/api/v1/auth/sessions",
          "/api/v1/admin/setup",
          "/api/v1/groups",
          "/api/v1/key-packages",
          "/api/v1/resources",
          "/.well-known/hearth"
        }) {
      assertTrue(body.contains("\"" + path), path + " is described");
    }
    assertFalse(body.contains("\"/help\""), "pages are not part of the API document");
    assertTrue(body.contains("Hearth API"));
  }

  @Test
  void aPageThatDoesNotExistIsAPlainPage(@Instance HearthServer hearth) {
    HttpResponse<String> response = Http.get(hearth.uri("/no/such/page"));
    assertEquals(404, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertFalse(response.body().contains("Exception"));
  }
}
