package org.hearth.server.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.hearth.crypto.Ed25519KeyPair;

/** Signs keys in to a test server the way a client does: challenge, signature, session. */
public final class Members {
  private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

  private Members() {}

  /** A fresh challenge from {@code hearth}. */
  public static String challenge(HearthServer hearth) {
    HttpResponse<String> response =
        Http.post(hearth.uri("/api/v1/auth/challenges"), "application/json", "");
    assertEquals(201, response.statusCode(), response.body());
    return Http.json(response).getString("challenge");
  }

  /** The JSON members {@code "challenge", "publicKey", "signature"} answering a challenge. */
  public static String proof(String challenge, Ed25519KeyPair key) {
    byte[] signature = key.sign(challenge.getBytes(StandardCharsets.US_ASCII));
    return "\"challenge\":\""
        + challenge
        + "\",\"publicKey\":"
        + key.publicKey().toJwkJson()
        + ",\"signature\":\""
        + B64URL.encodeToString(signature)
        + "\"";
  }

  /** Signs {@code key} in and returns its session token. */
  public static String signIn(HearthServer hearth, Ed25519KeyPair key) {
    HttpResponse<String> response =
        Http.postJson(
            hearth.uri("/api/v1/auth/sessions"), "{" + proof(challenge(hearth), key) + "}");
    assertEquals(201, response.statusCode(), response.body());
    return Http.json(response).getString("token");
  }

  /** A request with the session token as bearer. */
  public static HttpRequest.Builder authorized(URI uri, String token) {
    return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token);
  }
}
