package org.hearth.server.identity;

import static org.hearth.server.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.hearth.server.testing.Http;
import org.hearth.server.testing.Instance;
import org.hearth.server.testing.Members;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(HearthServers.class)
class SignInIT {
  private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

  @Test
  void aSignedChallengeGivesASessionForTheKeysThumbprint(@Instance HearthServer hearth) {
    Ed25519KeyPair key = Ed25519KeyPair.generate();
    String challenge = challenge(hearth);
    var response = Http.postJson(hearth.uri("/api/v1/auth/sessions"), answer(challenge, key, key));
    assertEquals(201, response.statusCode(), response.body());
    JsonObject session = Http.json(response);
    assertEquals(key.publicKey().thumbprint().value(), session.getString("subject"));
    assertFalse(session.getString("token").isBlank());
  }

  @Test
  void aChallengeIsAcceptedOnce(@Instance HearthServer hearth) {
    Ed25519KeyPair key = Ed25519KeyPair.generate();
    String body = answer(challenge(hearth), key, key);
    assertEquals(201, Http.postJson(hearth.uri("/api/v1/auth/sessions"), body).statusCode());
    assertProblem(Http.postJson(hearth.uri("/api/v1/auth/sessions"), body), 401, "unauthorized");
  }

  @Test
  void aSignatureByAnotherKeyIsRefused(@Instance HearthServer hearth) {
    Ed25519KeyPair claimed = Ed25519KeyPair.generate();
    Ed25519KeyPair signer = Ed25519KeyPair.generate();
    String challenge = challenge(hearth);
    assertProblem(
        Http.postJson(hearth.uri("/api/v1/auth/sessions"), answer(challenge, claimed, signer)),
        401,
        "unauthorized");
    // The failed attempt did not spend the challenge: its rightful key can still answer it.
    assertEquals(
        201,
        Http.postJson(hearth.uri("/api/v1/auth/sessions"), answer(challenge, claimed, claimed))
            .statusCode());
  }

  @Test
  void aChallengeForgedWithoutTheServerIsRefused(@Instance HearthServer hearth) {
    Ed25519KeyPair key = Ed25519KeyPair.generate();
    String issued = challenge(hearth);
    String[] parts = issued.split("\\.");
    byte[] nonce = new byte[32];
    String forged = parts[0] + "." + parts[1] + "." + B64URL.encodeToString(nonce) + "." + parts[3];
    assertProblem(
        Http.postJson(hearth.uri("/api/v1/auth/sessions"), answer(forged, key, key)),
        401,
        "unauthorized");
  }

  @Test
  void aChallengeWithALaterExpiryWrittenInIsRefused(@Instance HearthServer hearth) {
    Ed25519KeyPair key = Ed25519KeyPair.generate();
    String issued = challenge(hearth);
    int dot = issued.lastIndexOf('.');
    long expiry = Long.parseLong(issued.substring(dot + 1));
    String stretched = issued.substring(0, dot + 1) + (expiry + 60);
    assertProblem(
        Http.postJson(hearth.uri("/api/v1/auth/sessions"), answer(stretched, key, key)),
        401,
        "unauthorized");
    assertEquals(
        201,
        Http.postJson(hearth.uri("/api/v1/auth/sessions"), answer(issued, key, key)).statusCode(),
        "the challenge as handed out still works");
  }

  @Test
  void answeringOneChallengeManyTimesAtOnceSignsInOnce(@Instance HearthServer hearth)
      throws Exception {
    Ed25519KeyPair key = Ed25519KeyPair.generate();
    String body = answer(challenge(hearth), key, key);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        answers.add(
            pool.submit(
                () -> Http.postJson(hearth.uri("/api/v1/auth/sessions"), body).statusCode()));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get());
      }
      assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
      assertEquals(7, statuses.stream().filter(s -> s == 401).count(), statuses.toString());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aKeyThatIsNotEd25519IsAValidationError(@Instance HearthServer hearth) {
    String body =
        "{\"challenge\":\""
            + challenge(hearth)
            + "\",\"publicKey\":{\"kty\":\"EC\",\"crv\":\"P-256\"},\"signature\":\"AAAA\"}";
    assertProblem(Http.postJson(hearth.uri("/api/v1/auth/sessions"), body), 422, "validation");
  }

  @Test
  void signingOutEndsTheSessionAtOnce(@Instance HearthServer hearth) {
    String token = Members.signIn(hearth, Ed25519KeyPair.generate());
    var current = hearth.uri("/api/v1/auth/sessions/current");
    assertEquals(200, Http.send(Members.authorized(current, token).build()).statusCode());
    assertEquals(204, Http.send(Members.authorized(current, token).DELETE().build()).statusCode());
    assertProblem(Http.send(Members.authorized(current, token).build()), 401, "unauthorized");
  }

  private static String challenge(HearthServer hearth) {
    return Members.challenge(hearth);
  }

  private static String answer(String challenge, Ed25519KeyPair claimed, Ed25519KeyPair signer) {
    String signed = Members.proof(challenge, signer);
    return "{"
        + signed.replace(signer.publicKey().toJwkJson(), claimed.publicKey().toJwkJson())
        + "}";
  }
}
