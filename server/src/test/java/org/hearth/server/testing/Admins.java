package org.hearth.server.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hearth.crypto.Ed25519KeyPair;

/**
 * The first admin of a test server, registered once with the setup code Hearth wrote to the
 * server's data directory, as an operator would.
 */
public final class Admins {
  private static final Map<String, Ed25519KeyPair> ADMINS = new ConcurrentHashMap<>();

  private Admins() {}

  /** The admin key of {@code hearth}, registering it on first use. */
  public static synchronized Ed25519KeyPair key(HearthServer hearth) {
    return ADMINS.computeIfAbsent(hearth.name(), name -> register(hearth));
  }

  /** A fresh session token of the admin of {@code hearth}. */
  public static String token(HearthServer hearth) {
    return Members.signIn(hearth, key(hearth));
  }

  private static Ed25519KeyPair register(HearthServer hearth) {
    String code;
    try {
      code = Files.readString(hearth.dataDir().resolve("admin-setup-code")).trim();
    } catch (IOException e) {
      throw new UncheckedIOException("no setup code: was this server's admin set up already?", e);
    }
    Ed25519KeyPair admin = Ed25519KeyPair.generate();
    HttpResponse<String> response =
        Http.postJson(
            hearth.uri("/api/v1/admin/setup"),
            "{\"setupCode\":\""
                + code
                + "\","
                + Members.proof(Members.challenge(hearth), admin)
                + "}");
    assertEquals(201, response.statusCode(), response.body());
    return admin;
  }
}
