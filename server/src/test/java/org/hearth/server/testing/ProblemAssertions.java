package org.hearth.server.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;

/** Assertions on RFC 9457 problem responses. */
public final class ProblemAssertions {
  private ProblemAssertions() {}

  /**
   * Asserts a problem+json response of {@code status} whose type is {@code
   * urn:hearth:problem:<type>}, with a title and no internals, and returns its body.
   */
  public static JsonObject assertProblem(HttpResponse<String> response, int status, String type) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(
        "application/problem+json",
        response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    JsonObject problem = Http.json(response);
    assertEquals("urn:hearth:problem:" + type, problem.getString("type"));
    assertEquals(status, problem.getInt("status"));
    assertFalse(problem.getString("title").isBlank());
    assertFalse(response.body().contains("Exception"), response.body());
    assertFalse(response.body().contains("at org."), response.body());
    return problem;
  }
}
