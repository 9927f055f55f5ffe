package org.hearth.server.admin;

import static org.hearth.server.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.hearth.server.testing.Http;
import org.hearth.server.testing.Instance;
import org.hearth.server.testing.Members;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The first admin registers with the one-time setup code that Hearth wrote to its data directory;
 * admins then add and revoke admin keys. One scenario, since the code is single use.
 */
@ExtendWith(HearthServers.class)
class AdminSetupIT {

  @Test
  void setupCodeMakesTheFirstAdminWhoManagesAdminKeys(@Instance("admin") HearthServer hearth)
      throws IOException {
    Path codeFile = hearth.dataDir().resolve("admin-setup-code");
    assertTrue(Files.exists(codeFile), "a setup code is written when no admin exists");
    assertEquals(
        "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(codeFile)));
    String code = Files.readString(codeFile).trim();
    String messages = Files.readString(hearth.outputDir().resolve("logs/messages.log"));
    assertTrue(messages.contains(codeFile.toString()), "the log names the file");
    assertFalse(messages.contains(code), "the log never holds the code");

    Ed25519KeyPair first = Ed25519KeyPair.generate();
    assertProblem(setUp(hearth, "0000-0000-0000-0000-0000", first), 403, "forbidden");
    assertTrue(Files.exists(codeFile), "a wrong code spends nothing");

    var created = setUp(hearth, code.toLowerCase(), first);
    assertEquals(201, created.statusCode(), created.body());
    String adminToken = Http.json(created).getString("token");
    assertFalse(Files.exists(codeFile), "a spent code's file is removed");
    assertProblem(setUp(hearth, code, Ed25519KeyPair.generate()), 403, "forbidden");

    var keys = Http.send(Members.authorized(hearth.uri("/api/v1/admin/keys"), adminToken).build());
    assertEquals(200, keys.statusCode(), keys.body());
    assertTrue(keys.body().contains(first.publicKey().thumbprint().value()));

    Ed25519KeyPair second = Ed25519KeyPair.generate();
    var added =
        Http.send(
            Members.authorized(hearth.uri("/api/v1/admin/keys"), adminToken)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"publicKey\":" + second.publicKey().toJwkJson() + "}"))
                .build());
    assertEquals(201, added.statusCode(), added.body());

    String secondToken = Members.signIn(hearth, second);
    assertEquals(
        204,
        Http.send(
                Members.authorized(
                        hearth.uri("/api/v1/admin/keys/" + first.publicKey().thumbprint()),
                        secondToken)
                    .DELETE()
                    .build())
            .statusCode());
    assertProblem(
        Http.send(Members.authorized(hearth.uri("/api/v1/admin/keys"), adminToken).build()),
        403,
        "forbidden");
    assertProblem(
        Http.send(
            Members.authorized(
                    hearth.uri("/api/v1/admin/keys/" + second.publicKey().thumbprint()),
                    secondToken)
                .DELETE()
                .build()),
        409,
        "conflict");
  }

  @Test
  void adminCallsNeedAnAdminSession(@Instance("admin") HearthServer hearth) {
    assertProblem(Http.get(hearth.uri("/api/v1/admin/keys")), 401, "unauthorized");
    String member = Members.signIn(hearth, Ed25519KeyPair.generate());
    assertProblem(
        Http.send(Members.authorized(hearth.uri("/api/v1/admin/keys"), member).build()),
        403,
        "forbidden");
    assertProblem(
        Http.send(Members.authorized(hearth.uri("/api/v1/admin/keys"), member + "x").build()),
        401,
        "unauthorized");
  }

  private static java.net.http.HttpResponse<String> setUp(
      HearthServer hearth, String code, Ed25519KeyPair key) {
    return Http.postJson(
        hearth.uri("/api/v1/admin/setup"),
        "{\"setupCode\":\"" + code + "\"," + Members.proof(Members.challenge(hearth), key) + "}");
  }
}
