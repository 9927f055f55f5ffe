package org.hearth.server.api;

import static org.hearth.server.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.hearth.server.testing.Http;
import org.hearth.server.testing.Instance;
import org.hearth.server.testing.Members;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Request limits per key and per connection answer 429 with Retry-After, and only for the API. */
@ExtendWith(HearthServers.class)
class RateLimitIT {

  @Test
  void aKeyOverItsLimitIsToldToWait(
      @Instance(
              value = "limited",
              env = {"HEARTH_RATE_PER_KEY=1", "HEARTH_RATE_PER_CONNECTION=1000"})
          HearthServer hearth) {
    String token = Members.signIn(hearth, Ed25519KeyPair.generate());
    List<HttpResponse<String>> answers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      answers.add(
          Http.send(
              Members.authorized(hearth.uri("/api/v1/auth/sessions/current"), token).build()));
    }
    assertEquals(200, answers.get(0).statusCode());
    HttpResponse<String> refused = answers.get(answers.size() - 1);
    assertProblem(refused, 429, "too-many-requests");
    long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
    assertTrue(retryAfter >= 1 && retryAfter <= 2, "Retry-After " + retryAfter);
    String other = Members.signIn(hearth, Ed25519KeyPair.generate());
    assertEquals(
        200,
        Http.send(Members.authorized(hearth.uri("/api/v1/auth/sessions/current"), other).build())
            .statusCode(),
        "another key has its own allowance");
  }

  @Test
  void aConnectionOverItsLimitIsToldToWaitButPagesStillLoad(
      @Instance(
              value = "limited-connection",
              env = {"HEARTH_RATE_PER_CONNECTION=1", "HEARTH_PROXY_CLIENT_HEADER=X-Forwarded-For"})
          HearthServer hearth) {
    HttpResponse<String> last = null;
    for (int i = 0; i < 8; i++) {
      last = Http.get(hearth.uri("/api/v1/groups"));
    }
    assertProblem(last, 429, "too-many-requests");
    assertEquals(200, Http.get(hearth.uri("/help")).statusCode(), "pages are not API requests");

    for (int i = 0; i < 8; i++) {
      last = viaProxy(hearth, "203.0.113.7, 198.51.100.1");
    }
    assertProblem(last, 429, "too-many-requests");
    assertEquals(
        200,
        viaProxy(hearth, "198.51.100.2").statusCode(),
        "behind a proxy, each client named by it has its own allowance");
  }

  private static HttpResponse<String> viaProxy(HearthServer hearth, String forwardedFor) {
    return Http.send(
        java.net.http.HttpRequest.newBuilder(hearth.uri("/api/v1/groups"))
            .header("X-Forwarded-For", forwardedFor)
            .build());
  }
}
