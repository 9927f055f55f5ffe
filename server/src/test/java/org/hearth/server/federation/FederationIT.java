package org.hearth.server.federation;

import static org.hearth.server.federation.Console.await;
import static org.hearth.server.federation.Console.feed;
import static org.hearth.server.federation.Console.has;
import static org.hearth.server.federation.Console.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.hearth.server.testing.Http;
import org.hearth.server.testing.Instance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Three real Hearth instances on loopback, each its own Liberty server and database: A peers with
 * B, B with C. A sees B's groups and resources but C's only once A's admin opts in, and then C's
 * entries verify by C's own signature; a change on B reaches A through a change notice; B stopped,
 * A keeps B's entries with their age; B restarted, A catches up.
 */
@ExtendWith(HearthServers.class)
class FederationIT {
  static final String LOOPBACK = "HEARTH_FEDERATION_ALLOW_LOOPBACK_HTTP=true";
  static final String TICK = "HEARTH_FEDERATION_TICK=PT1S";
  static final String POLL = "HEARTH_FEDERATION_POLL_INTERVAL=PT20S";
  static final String BACKOFF = "HEARTH_FEDERATION_BACKOFF_FIRST=PT1S";
  static final String BACKOFF_MAX = "HEARTH_FEDERATION_BACKOFF_MAX=PT3S";
  static final String NOTICE = "HEARTH_FEDERATION_NOTICE_DELAY=PT1S";
  static final String GAP = "HEARTH_FEDERATION_NOTICE_GAP=PT1S";
  static final String STALE = "HEARTH_FEDERATION_STALE_AFTER=PT25S";
  static final String REFRESH = "HEARTH_FEDERATION_DOCUMENT_REFRESH=PT1S";
  static final String FEED_MAX = "HEARTH_FEDERATION_FEED_MAX_BYTES=262144";

  static final Duration SOON = Duration.ofSeconds(30);

  @Test
  void threeInstancesShareTheirDirectoriesAndResourceLists(
      @Instance(
              value = "fed-a",
              env = {
                "HEARTH_INSTANCE_NAME=Hearth A",
                LOOPBACK,
                TICK,
                POLL,
                BACKOFF,
                BACKOFF_MAX,
                NOTICE,
                GAP,
                STALE,
                REFRESH,
                FEED_MAX
              })
          HearthServer a,
      @Instance(
              value = "fed-b",
              env = {
                "HEARTH_INSTANCE_NAME=Hearth B",
                LOOPBACK,
                TICK,
                POLL,
                BACKOFF,
                BACKOFF_MAX,
                NOTICE,
                GAP,
                STALE,
                REFRESH,
                FEED_MAX
              })
          HearthServer b,
      @Instance(
              value = "fed-c",
              env = {
                "HEARTH_INSTANCE_NAME=Hearth C",
                LOOPBACK,
                TICK,
                POLL,
                BACKOFF,
                BACKOFF_MAX,
                NOTICE,
                GAP,
                STALE,
                REFRESH,
                FEED_MAX
              })
          HearthServer c) {
    Console adminA = new Console(a);
    Console adminB = new Console(b);
    Console adminC = new Console(c);

    createGroup(adminB, "Circle on B");
    createLine(adminB, "Line on B", "DE");
    createGroup(adminC, "Circle on C");
    createLine(adminC, "Line on C", "DE");

    String bOnA = peer(adminA, adminB);
    String cOnB = peer(adminB, adminC);

    // A sees B's entries, with their home instance, and not C's.
    JsonArray groups = await("B's group on A", SOON, adminA::groups, g -> has(g, "Circle on B"));
    JsonObject circle = named(groups, "Circle on B");
    assertTrue(circle.getBoolean("remote"));
    assertEquals("Hearth B", circle.getString("homeName"));
    assertEquals(b.baseUri().toString(), circle.getString("homeUrl"));
    assertTrue(circle.getString("joinUrl").startsWith(b.baseUri() + "/groups/"));
    JsonArray lines =
        await("B's line on A", SOON, () -> adminA.resources("DE"), r -> has(r, "Line on B"));
    assertTrue(named(lines, "Line on B").getBoolean("verified"));
    await("C's entries on B", SOON, adminB::groups, g -> has(g, "Circle on C"));
    adminA.sync(bOnA);
    assertFalse(has(adminA.groups(), "Circle on C"), "peers' peers are off by default");
    assertFalse(has(adminA.resources("DE"), "Line on C"));
    assertTrue(feed(adminA.peer(bOnA), "directory").getInt("skippedForeign") > 0);

    // The pages show them too, and a remote group links to its home instance.
    String page = Http.get(a.uri("/groups")).body();
    assertTrue(page.contains("Circle on B"), page);
    assertTrue(page.contains("href=\"" + b.baseUri() + "/groups/"), page);
    assertTrue(Http.get(a.uri("/help?country=DE")).body().contains("Line on B"));

    // A opts in to B's peers: C's entries arrive through B and verify by C's key.
    adminA.ok(
        "PUT",
        "/api/v1/admin/federation/peers/" + bOnA + "/options",
        "{\"showPeersPeers\":true}",
        200);
    await("C's group on A", SOON, adminA::groups, g -> has(g, "Circle on C"));
    assertEquals(
        c.baseUri().toString(), named(adminA.groups(), "Circle on C").getString("homeUrl"));
    String cKey = adminC.instance().getString("thumbprint");
    JsonObject viaB =
        Console.objects(adminA.list("/api/v1/admin/federation/entries?feed=directory")).stream()
            .filter(e -> e.getString("name").equals("Circle on C"))
            .findFirst()
            .orElseThrow();
    assertEquals(cKey, viaB.getString("origin"));
    assertEquals(bOnA, viaB.getString("via"));
    await("C's line on A", SOON, () -> adminA.resources("DE"), r -> has(r, "Line on C"));

    // A change on B reaches A after B's change notice, well before A's next poll.
    createLine(adminB, "Second line on B", "DE");
    await(
        "B's new line on A",
        Duration.ofSeconds(18),
        () -> adminA.resources("DE"),
        r -> has(r, "Second line on B"));
    assertTrue(feed(adminA.peer(bOnA), "resources").containsKey("lastNoticeAt"));
    assertFalse(feed(adminA.peer(bOnA), "resources").isNull("lastNoticeAt"), "pulled on a notice");

    // B stops: A keeps serving B's entries with their age, then marks them stale.
    b.stop();
    JsonObject down = adminA.sync(bOnA);
    assertEquals("UNREACHABLE", feed(down, "directory").getString("lastOutcome"));
    assertTrue(has(adminA.groups(), "Circle on B"));
    JsonArray aged =
        await(
            "B's entries marked stale on A",
            Duration.ofSeconds(45),
            adminA::groups,
            g -> named(g, "Circle on B").getBoolean("stale"));
    assertTrue(named(aged, "Circle on B").getJsonNumber("ageSeconds").longValue() >= 25);
    assertTrue(Http.get(a.uri("/groups")).body().contains("may be out of date"));

    // B restarts: A catches up, fresh again, and takes what changed.
    b.start();
    adminB = new Console(b);
    createLine(adminB, "Line added after the restart", "DE");
    await(
        "A caught up with B",
        SOON,
        () -> adminA.resources("DE"),
        r -> has(r, "Line added after the restart") && !named(r, "Line on B").getBoolean("stale"));
    assertFalse(named(adminA.groups(), "Circle on B").getBoolean("stale"));
    assertTrue(
        Console.objects(adminA.list("/api/v1/admin/federation/events")).stream()
            .anyMatch(e -> e.getString("kind").equals("request-sent")));
  }

  /** A's admin asks B, B's admin approves; answers B's id as A knows it. */
  static String peer(Console from, Console to) {
    JsonObject theirs = to.instance();
    JsonObject looked =
        from.ok(
            "POST",
            "/api/v1/admin/federation/lookup",
            "{\"baseUrl\":\"" + to.server.baseUri() + "\"}",
            200);
    assertEquals(theirs.getString("fingerprint"), looked.getString("fingerprint"));
    JsonObject asked =
        from.ok(
            "POST",
            "/api/v1/admin/federation/peers",
            "{\"baseUrl\":\""
                + to.server.baseUri()
                + "\",\"fingerprint\":\""
                + looked.getString("fingerprint")
                + "\"}",
            201);
    assertEquals("PENDING_OUTGOING", asked.getString("state"));
    assertTrue(asked.getBoolean("delivered"));
    String mine = from.instance().getString("fingerprint");
    JsonObject pending =
        Console.objects(to.list("/api/v1/admin/federation/peers?state=PENDING_INCOMING")).stream()
            .filter(p -> p.getString("fingerprint").equals(mine))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the request did not arrive"));
    JsonObject approved =
        to.ok(
            "POST",
            "/api/v1/admin/federation/peers/" + pending.getString("id") + "/approve",
            null,
            200);
    assertEquals("ACTIVE", approved.getString("state"));
    assertTrue(approved.getBoolean("delivered"));
    String id = asked.getString("id");
    assertEquals("ACTIVE", from.peer(id).getString("state"));
    return id;
  }

  static void createGroup(Console admin, String name) {
    admin.ok(
        "POST",
        "/api/v1/groups",
        "{\"name\":\""
            + name
            + "\",\"description\":\"Peer support for carers.\",\"topics\":[\"carers\"],"
            + "\"language\":\"en\",\"joinPolicy\":\"APPROVAL\",\"guidelines\":\"Be kind.\"}",
        201);
  }

  static void createLine(Console admin, String name, String country) {
    admin.ok(
        "POST",
        "/api/v1/admin/resources",
        "{\"kind\":\"CRISIS_LINE\",\"name\":\""
            + name
            + "\",\"description\":\"Call any time to talk to a trained listener.\","
            + "\"areas\":[\""
            + country
            + "\"],\"languages\":[\"de\",\"en\"],\"phone\":\"0800 111 0 111\","
            + "\"open24x7\":true,\"cost\":\"FREE\",\"verifiedBy\":\"The admin team\"}",
        201);
  }
}
