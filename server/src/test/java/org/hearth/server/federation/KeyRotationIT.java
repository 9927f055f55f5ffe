package org.hearth.server.federation;

import static org.hearth.server.federation.Console.await;
import static org.hearth.server.federation.Console.has;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.hearth.server.testing.Admins;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.hearth.server.testing.Http;
import org.hearth.server.testing.Instance;
import org.hearth.server.web.admin.ConsoleClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two real instances, A and B, peered. A's admin rotates A's key, first from the console page (only
 * once confirmed), then through the API. B reads its copy of A's document only once an hour, so B
 * learns of each rotation when a feed signed by the new key arrives: B follows the signed chain,
 * keeps A's entries, and takes A's new ones. (A key change without a rotation is refused: {@link
 * FederationRefusalsIT}.)
 */
@ExtendWith(HearthServers.class)
class KeyRotationIT {
  static final String HOURLY_DOCUMENT = "HEARTH_FEDERATION_DOCUMENT_REFRESH=PT1H";
  static final String POLL = "HEARTH_FEDERATION_POLL_INTERVAL=PT3S";
  static final Duration SOON = Duration.ofSeconds(180);

  @Test
  void aPeerFollowsSignedRotationsAndKeepsTheFeeds(
      @Instance(
              value = "rot-a",
              env = {
                "HEARTH_INSTANCE_NAME=Hearth A",
                FederationIT.LOOPBACK,
                FederationIT.TICK,
                POLL,
                FederationIT.BACKOFF,
                FederationIT.BACKOFF_MAX,
                FederationIT.NOTICE,
                FederationIT.GAP
              })
          HearthServer a,
      @Instance(
              value = "rot-b",
              env = {
                "HEARTH_INSTANCE_NAME=Hearth B",
                FederationIT.LOOPBACK,
                FederationIT.TICK,
                POLL,
                FederationIT.BACKOFF,
                FederationIT.BACKOFF_MAX,
                FederationIT.NOTICE,
                FederationIT.GAP,
                HOURLY_DOCUMENT
              })
          HearthServer b) {
    Console adminA = new Console(a);
    Console adminB = new Console(b);
    FederationIT.createGroup(adminA, "Circle on A");
    FederationIT.peer(adminB, adminA);
    await("A's group on B", SOON, adminB::groups, g -> has(g, "Circle on A"));
    String firstFingerprint = adminA.instance().getString("fingerprint");
    assertTrue(wellKnown(a).getJsonArray("rotations").isEmpty());

    // From the page: nothing happens until the admin confirms.
    ConsoleClient page = new ConsoleClient(a).signIn(Admins.token(a));
    page.get("/admin/federation");
    HttpResponse<String> unconfirmed = page.post("/admin/federation/key-rotation", Map.of());
    assertEquals(200, unconfirmed.statusCode());
    assertTrue(unconfirmed.body().contains("id=\"rotate-confirm-error\""), unconfirmed.body());
    assertEquals(firstFingerprint, adminA.instance().getString("fingerprint"));
    HttpResponse<String> confirmed =
        page.post("/admin/federation/key-rotation", Map.of("confirm", "yes"));
    assertEquals(303, confirmed.statusCode(), confirmed.body());
    String secondFingerprint = adminA.instance().getString("fingerprint");
    assertNotEquals(firstFingerprint, secondFingerprint);
    String shown = page.get("/admin/federation").body();
    assertTrue(shown.contains(firstFingerprint) && shown.contains(secondFingerprint), shown);
    assertEquals(1, wellKnown(a).getJsonArray("rotations").size());

    // B follows the rotation by the signed statement, keeps A's group and takes A's new line.
    FederationIT.createLine(adminA, "Line after the first rotation", "DE");
    await(
        "the line A signed with its new key, on B",
        SOON,
        () -> adminB.resources("DE"),
        r -> has(r, "Line after the first rotation"));
    assertTrue(has(adminB.groups(), "Circle on A"));
    assertEquals(secondFingerprint, peerOfA(adminB).getString("fingerprint"));
    assertEquals("ACTIVE", peerOfA(adminB).getString("state"));

    // Through the API: a second rotation; the chain now has two links, and B follows both.
    JsonObject rotated = adminA.ok("POST", "/api/v1/admin/federation/key-rotations", null, 201);
    assertEquals(secondFingerprint, rotated.getString("oldFingerprint"));
    String thirdFingerprint = rotated.getString("newFingerprint");
    assertEquals(thirdFingerprint, adminA.instance().getString("fingerprint"));
    JsonArray chain = adminA.list("/api/v1/admin/federation/key-rotations");
    assertEquals(2, chain.size());
    assertEquals(firstFingerprint, chain.getJsonObject(0).getString("oldFingerprint"));
    assertEquals(2, wellKnown(a).getJsonArray("rotations").size());
    FederationIT.createLine(adminA, "Line after the second rotation", "DE");
    await(
        "the line A signed with its third key, on B",
        SOON,
        () -> adminB.resources("DE"),
        r -> has(r, "Line after the second rotation"));
    JsonArray lines = adminB.resources("DE");
    assertTrue(has(lines, "Line after the first rotation"));
    assertTrue(has(adminB.groups(), "Circle on A"));
    assertEquals(thirdFingerprint, peerOfA(adminB).getString("fingerprint"));
    assertTrue(
        Console.objects(adminB.list("/api/v1/admin/federation/events")).stream()
            .anyMatch(e -> e.getString("kind").equals("key-rotated")));

    // Only an admin may rotate.
    HttpResponse<String> anonymous =
        Http.post(a.uri("/api/v1/admin/federation/key-rotations"), "application/json", "");
    assertEquals(401, anonymous.statusCode());
    assertEquals(thirdFingerprint, adminA.instance().getString("fingerprint"));
  }

  private static JsonObject wellKnown(HearthServer server) {
    return Http.json(Http.get(server.uri("/.well-known/hearth-instance")));
  }

  private static JsonObject peerOfA(Console adminB) {
    return Console.objects(adminB.list("/api/v1/admin/federation/peers?state=ACTIVE")).get(0);
  }
}
