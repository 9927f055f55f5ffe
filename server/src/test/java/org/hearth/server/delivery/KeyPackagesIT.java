package org.hearth.server.delivery;

import static org.hearth.server.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.mls.KeyPackageBundle;
import org.hearth.server.testing.Admins;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.hearth.server.testing.Http;
import org.hearth.server.testing.Instance;
import org.hearth.server.testing.Members;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** KeyPackages: checked on upload, bound to the uploading key, handed out once. */
@ExtendWith(HearthServers.class)
class KeyPackagesIT {

  @Test
  void aKeyPackageIsHandedOutOnceToAnAdmin(@Instance HearthServer hearth) throws Exception {
    Ed25519KeyPair member = Ed25519KeyPair.generate();
    String token = Members.signIn(hearth, member);
    byte[] keyPackage = KeyPackageBundle.create(member, Duration.ofDays(7)).keyPackage();

    HttpResponse<String> uploaded = upload(hearth, token, keyPackage);
    assertEquals(201, uploaded.statusCode(), uploaded.body());
    assertEquals(1, Http.json(uploaded).getInt("waiting"));

    String admin = Admins.token(hearth);
    HttpResponse<byte[]> claimed = claim(hearth, admin, member);
    assertEquals(200, claimed.statusCode());
    assertEquals("message/mls", claimed.headers().firstValue("Content-Type").orElse(""));
    assertArrayEquals(keyPackage, claimed.body());
    assertEquals(404, claim(hearth, admin, member).statusCode(), "handed out once");
  }

  @Test
  void aKeyPackageOfAnotherKeyIsRefused(@Instance HearthServer hearth) {
    String token = Members.signIn(hearth, Ed25519KeyPair.generate());
    byte[] someoneElses =
        KeyPackageBundle.create(Ed25519KeyPair.generate(), Duration.ofDays(7)).keyPackage();
    assertProblem(upload(hearth, token, someoneElses), 403, "forbidden");
  }

  @Test
  void bytesThatAreNotAKeyPackageAreRefused(@Instance HearthServer hearth) {
    Ed25519KeyPair member = Ed25519KeyPair.generate();
    String token = Members.signIn(hearth, member);
    byte[] keyPackage = KeyPackageBundle.create(member, Duration.ofDays(7)).keyPackage();
    keyPackage[keyPackage.length - 3] ^= 1;
    assertProblem(upload(hearth, token, keyPackage), 422, "validation");
    assertProblem(upload(hearth, token, new byte[] {0, 1, 2}), 422, "validation");
    assertProblem(upload(hearth, null, keyPackage), 401, "unauthorized");
  }

  @Test
  void onlyFacilitatorsAndAdminsClaim(@Instance HearthServer hearth) throws Exception {
    Ed25519KeyPair member = Ed25519KeyPair.generate();
    String token = Members.signIn(hearth, member);
    assertEquals(
        201,
        upload(hearth, token, KeyPackageBundle.create(member, Duration.ofDays(7)).keyPackage())
            .statusCode());
    String stranger = Members.signIn(hearth, Ed25519KeyPair.generate());
    assertEquals(403, claim(hearth, stranger, member).statusCode());
  }

  private static HttpResponse<String> upload(HearthServer hearth, String token, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(hearth.uri("/api/v1/key-packages"))
            .header("Content-Type", "message/mls")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return Http.send(request.build());
  }

  private static HttpResponse<byte[]> claim(HearthServer hearth, String token, Ed25519KeyPair owner)
      throws Exception {
    return java.net.http.HttpClient.newHttpClient()
        .send(
            Members.authorized(hearth.uri("/api/v1/key-packages/claim"), token)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"thumbprint\":\"" + owner.publicKey().thumbprint() + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }
}
