package org.hearth.server.federation;

import static org.hearth.server.federation.Console.await;
import static org.hearth.server.federation.Console.feed;
import static org.hearth.server.federation.Console.has;
import static org.hearth.server.federation.FederationIT.BACKOFF;
import static org.hearth.server.federation.FederationIT.BACKOFF_MAX;
import static org.hearth.server.federation.FederationIT.FEED_MAX;
import static org.hearth.server.federation.FederationIT.GAP;
import static org.hearth.server.federation.FederationIT.LOOPBACK;
import static org.hearth.server.federation.FederationIT.NOTICE;
import static org.hearth.server.federation.FederationIT.POLL;
import static org.hearth.server.federation.FederationIT.REFRESH;
import static org.hearth.server.federation.FederationIT.SOON;
import static org.hearth.server.federation.FederationIT.STALE;
import static org.hearth.server.federation.FederationIT.TICK;
import static org.hearth.server.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.FeedKind;
import org.hearth.federation.protocol.FeedWire;
import org.hearth.federation.protocol.InstanceSigner;
import org.hearth.federation.protocol.RequestClaims;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.hearth.server.testing.Http;
import org.hearth.server.testing.Instance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Instance A against a scripted peer M that turns hostile: forged signatures, a non-peer's request,
 * a replayed request, a tampered entry, an oversize and a malformed feed, and an unannounced key
 * change are each refused with a clear problem, and A's data stays as it was.
 */
@ExtendWith(HearthServers.class)
class FederationRefusalsIT {
  private static final String INBOX = "/federation/v1/inbox";

  @Test
  void aHostilePeerChangesNothing(
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
          HearthServer a) {
    Console admin = new Console(a);
    KeyThumbprint aKey = new KeyThumbprint(admin.instance().getString("thumbprint"));
    try (FakePeer m = new FakePeer("Scripted M")) {
      m.serveDirectory(m.directoryFeed(1, "Circle on M").toJson());
      m.serveResources(m.resourcesFeed(1, "Line on M", "NZ").toJson());

      // M asks to peer; a replay of that request is refused; A's admin approves.
      String request = m.signer().signPeeringRequest(aKey, m.wire(), Instant.now()).toJson();
      assertEquals(202, post(a, InboxResource.PEERING_REQUEST, request, null).statusCode());
      assertProblem(post(a, InboxResource.PEERING_REQUEST, request, null), 409, "replayed");
      String mine = m.wire().document();
      JsonObject pending =
          Console.objects(admin.list("/api/v1/admin/federation/peers?state=PENDING_INCOMING"))
              .stream()
              .filter(p -> p.getString("thumbprint").equals(m.thumbprint().value()))
              .findFirst()
              .orElseThrow(() -> new AssertionError("M's request did not arrive: " + mine));
      String id = pending.getString("id");
      admin.ok("POST", "/api/v1/admin/federation/peers/" + id + "/approve", null, 200);
      assertTrue(m.inboxPosts() >= 1, "M was told of the approval");

      await("M's line on A", SOON, () -> admin.resources("NZ"), r -> has(r, "Line on M"));
      await("M's group on A", SOON, admin::groups, g -> has(g, "Circle on M"));
      Set<String> before = snapshot(admin);

      // Calls into A's inbox and feeds.
      byte[] notice =
          m.signer()
              .signChangeNotice(aKey, FeedKind.RESOURCES, 2, Instant.now())
              .getBytes(StandardCharsets.US_ASCII);
      InstanceSigner stranger = new InstanceSigner(Ed25519KeyPair.generate());
      assertProblem(
          post(a, PeerNotifier.CHANGE_NOTICE, notice, sign(stranger, "POST", notice, aKey)),
          403,
          "not-a-peer");
      String valid = sign(m.signer(), "POST", notice, aKey);
      int at = valid.length() - 10;
      String forged =
          valid.substring(0, at) + (valid.charAt(at) == 'A' ? 'B' : 'A') + valid.substring(at + 1);
      assertProblem(post(a, PeerNotifier.CHANGE_NOTICE, notice, forged), 401, "bad-signature");
      byte[] other = "another body".getBytes(StandardCharsets.US_ASCII);
      assertProblem(post(a, PeerNotifier.CHANGE_NOTICE, other, valid), 401, "bad-signature");
      assertEquals(202, post(a, PeerNotifier.CHANGE_NOTICE, notice, valid).statusCode());
      assertProblem(post(a, PeerNotifier.CHANGE_NOTICE, notice, valid), 409, "replayed");
      assertProblem(post(a, PeerNotifier.CHANGE_NOTICE, notice, null), 401, "bad-signature");
      assertProblem(
          Http.send(
              HttpRequest.newBuilder(a.uri("/federation/v1/directory"))
                  .header(
                      RequestClaims.HEADER,
                      stranger.signRequest(
                          "GET", "/federation/v1/directory", new byte[0], aKey, Instant.now()))
                  .build()),
          403,
          "not-a-peer");
      assertProblem(
          post(a, PeerNotifier.CHANGE_NOTICE, new byte[200 * 1024], valid), 413, "body-too-large");
      assertEquals(before, snapshot(admin));

      // Feeds A pulls from M: each refused, and the last good copy stays.
      FeedWire good = m.resourcesFeed(3, "Line on M, changed", "NZ");
      List<String> tampered = new java.util.ArrayList<>(good.entries());
      tampered.set(0, tamper(tampered.get(0)));
      refused(admin, m, id, new FeedWire(good.feed(), tampered).toJson(), "bad-signature");
      InstanceSigner other2 = new InstanceSigner(Ed25519KeyPair.generate());
      FeedWire foreign =
          other2
              .feeds()
              .signFeed(FeedKind.RESOURCES, 4, Instant.now(), List.of(m.line("Forged", "NZ")));
      refused(admin, m, id, foreign.toJson(), "wrong-key");
      refused(admin, m, id, "{\"feed\": 12", "malformed-document");
      refused(
          admin,
          m,
          id,
          "{\"feed\":\"" + "A".repeat(300 * 1024) + "\",\"entries\":[]}",
          "document-too-large");
      assertEquals(before, snapshot(admin));

      // M changes its key without a rotation signed by the pinned key: refused too.
      String pinned = admin.peer(id).getString("thumbprint");
      m.changeKeyWithoutAnnouncing();
      m.serveResources(m.resourcesFeed(5, "Line on M under a new key", "NZ").toJson());
      refused(admin, m, id, null, "unannounced-key-change");
      assertEquals(pinned, admin.peer(id).getString("thumbprint"));
      assertEquals(before, snapshot(admin));
      assertTrue(
          Console.objects(admin.list("/api/v1/admin/federation/events")).stream()
              .anyMatch(e -> e.getString("kind").equals("feed-refused")));
    }
  }

  /**
   * M serves {@code feed} (unless null); A's admin pulls now and sees it refused as {@code type}.
   */
  private static void refused(Console admin, FakePeer m, String id, String feed, String type) {
    if (feed != null) {
      m.serveResources(feed);
    }
    JsonObject status = feed(admin.sync(id), "resources");
    assertEquals("REFUSED", status.getString("lastOutcome"), status.toString());
    assertEquals("urn:hearth:problem:" + type, status.getString("lastProblem"), status.toString());
  }

  /** What A shows of M: entries and their homes, without ages. */
  private static Set<String> snapshot(Console admin) {
    return java.util.stream.Stream.concat(
            Console.objects(admin.groups()).stream(),
            Console.objects(admin.resources("NZ")).stream())
        .map(o -> o.getString("id") + "|" + o.getString("name") + "|" + o.get("homeUrl"))
        .collect(Collectors.toSet());
  }

  private static String tamper(String compact) {
    int dot = compact.indexOf('.');
    char c = compact.charAt(dot + 5);
    return compact.substring(0, dot + 5) + (c == 'A' ? 'B' : 'A') + compact.substring(dot + 6);
  }

  private static String sign(InstanceSigner signer, String method, byte[] body, KeyThumbprint to) {
    return signer.signRequest(method, INBOX, body, to, Instant.now());
  }

  private static HttpResponse<String> post(HearthServer a, String type, String body, String sig) {
    return post(a, type, body.getBytes(StandardCharsets.UTF_8), sig);
  }

  private static HttpResponse<String> post(HearthServer a, String type, byte[] body, String sig) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(a.baseUri() + INBOX))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (sig != null) {
      b.header(RequestClaims.HEADER, sig);
    }
    return Http.send(b.build());
  }
}
