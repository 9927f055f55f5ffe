package org.hearth.server.delivery;

import static org.hearth.server.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Base64;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.server.testing.Admins;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.hearth.server.testing.Http;
import org.hearth.server.testing.Instance;
import org.hearth.server.testing.Members;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reports on a real Liberty with real MLS members: genuine evidence is accepted and shows verified
 * in the facilitators' queue; fabricated, altered or misplaced evidence is refused and stores
 * nothing; escalation reaches the admins; out-of-hours protection mutes a member that distinct
 * members reported, until a facilitator reviews.
 */
@ExtendWith(HearthServers.class)
class ReportsIT {
  private static final String MUTING = "HEARTH_REPORTS_MUTE_THRESHOLD=2";

  @Test
  void genuineReportsAreQueuedAndAnythingElseIsRefused(@Instance HearthServer hearth) {
    DeliveryIT.Group group = group(hearth, null);
    GroupMember accused = group.add();
    GroupMember reporter = group.add();
    accused.catchUp();
    long seq = sent(accused, "nobody wants you here");
    long own = sent(reporter, "that is unkind");
    reporter.catchUp();
    byte[] evidence = reporter.evidence.get(seq);

    // A reply key must be a usable X25519 public key; a refused one stores nothing.
    assertProblem(reportWithKey(reporter, seq, evidence, "AAAA"), 422, "validation");
    assertProblem(
        reportWithKey(reporter, seq, evidence, GroupMember.b64(new byte[32])), 422, "validation");
    JsonObject filed = Http.json(report(reporter, seq, evidence, "harassment", "please look"));
    assertTrue(!filed.containsKey("replyKey") || filed.isNull("replyKey"), "no reply key sent");
    assertEquals(accused.thumbprint(), filed.getString("accused"));
    assertEquals("VERIFIED", filed.getString("verification"));
    assertEquals("OPEN", filed.getString("state"));
    assertEquals("nobody wants you here", text(filed));
    assertProblem(report(reporter, seq, evidence, "harassment", null), 409, "duplicate");

    byte[] altered = evidence.clone();
    int at = indexOf(altered, "nobody".getBytes(StandardCharsets.UTF_8));
    altered[at] = 'N';
    assertProblem(
        report(group.facilitator(), seq, altered, "hate", null), 422, "unverifiable-evidence");
    byte[] forged = evidence.clone();
    forged[forged.length - 1] ^= 1;
    assertProblem(
        report(group.facilitator(), seq, forged, "hate", null), 422, "unverifiable-evidence");
    assertProblem(
        report(group.facilitator(), own, evidence, "hate", null), 422, "unverifiable-evidence");
    assertProblem(report(group.facilitator(), 9999, evidence, "hate", null), 404, "not-found");
    assertProblem(
        report(group.facilitator(), 1, new byte[] {0, 2, 1}, "hate", null),
        422,
        "unverifiable-evidence");
    assertProblem(report(accused, seq, evidence, "spam", null), 422, "validation");
    assertProblem(report(group.facilitator(), seq, evidence, "boring", null), 422, "validation");
    assertProblem(
        report(group.facilitator(), seq, evidence, "spam", "x".repeat(501)), 422, "validation");
    GroupMember stranger = new GroupMember(hearth, group.id());
    assertProblem(report(stranger, seq, evidence, "hate", null), 403, "forbidden");

    assertProblem(reporter.get("reports"), 403, "forbidden");
    JsonArray queue = array(group.facilitator().get("reports"));
    assertEquals(1, queue.size(), "only the genuine report was stored");
    assertEquals("VERIFIED", queue.getJsonObject(0).getString("verification"));
    assertEquals("please look", queue.getJsonObject(0).getString("note"));
    JsonObject summary = Http.json(group.facilitator().get("facilitation"));
    assertEquals(1, summary.getInt("openReports"));
    assertEquals(0, summary.getInt("joinRequests"));

    String id = filed.getString("id");
    JsonObject escalated = Http.json(act(group.facilitator(), "reports/" + id, "escalate"));
    assertEquals("ESCALATED", escalated.getString("state"));
    JsonArray adminQueue = array(admin(hearth, "GET", "", null));
    assertTrue(
        adminQueue.stream().anyMatch(r -> r.asJsonObject().getString("id").equals(id)),
        adminQueue.toString());
    assertProblem(admin(hearth, "GET", "", reporter.token), 403, "forbidden");
    JsonObject reviewed =
        Http.json(admin(hearth, "POST", "/" + id, null, "{\"action\":\"review\"}"));
    assertEquals("REVIEWED", reviewed.getString("state"));
    assertEquals(0, array(group.facilitator().get("reports")).size(), "closed reports leave");
    assertProblem(act(group.facilitator(), "reports/" + id, "dismiss"), 409, "conflict");
  }

  @Test
  void distinctReportersMuteAMemberOutOfHoursUntilAFacilitatorReviews(
      @Instance(value = "muting", env = MUTING) HearthServer hearth) {
    DeliveryIT.Group group = group(hearth, null); // no hours: nobody is ever on duty
    GroupMember accused = group.add();
    GroupMember first = group.add();
    GroupMember second = group.add();
    accused.catchUp();
    first.catchUp();
    long seq = sent(accused, "you should all leave");
    first.catchUp();
    second.catchUp();

    report(first, seq, first.evidence.get(seq), "harassment", null);
    assertProblem(report(first, seq, first.evidence.get(seq), "hate", null), 409, "duplicate");
    assertEquals(201, accused.send("one reporter does not mute").statusCode());
    JsonObject filed = Http.json(report(second, seq, second.evidence.get(seq), "harassment", null));

    JsonObject muted = assertProblem(accused.send("and again"), 403, "muted");
    Instant until = Instant.parse(muted.getString("until"));
    assertTrue(until.isAfter(Instant.now().plusSeconds(11 * 3600)), until.toString());
    JsonArray mutes = Http.json(group.facilitator().get("facilitation")).getJsonArray("muted");
    assertEquals(accused.thumbprint(), mutes.getJsonObject(0).getString("thumbprint"));
    assertEquals(201, first.send("others still talk").statusCode());

    act(group.facilitator(), "reports/" + filed.getString("id"), "review");
    assertEquals(201, accused.send("heard, sorry").statusCode(), "reviewing lifts the mute");
    assertEquals(
        0, Http.json(group.facilitator().get("facilitation")).getJsonArray("muted").size());
  }

  @Test
  void aFacilitatorOnDutyDecidesThemselves(
      @Instance(value = "muting", env = MUTING) HearthServer hearth) {
    DeliveryIT.Group group = group(hearth, "Daily 00:00-24:00 UTC");
    GroupMember accused = group.add();
    GroupMember first = group.add();
    GroupMember second = group.add();
    accused.catchUp();
    first.catchUp();
    long seq = sent(accused, "you should all leave");
    first.catchUp();
    second.catchUp();
    report(first, seq, first.evidence.get(seq), "harassment", null);
    report(second, seq, second.evidence.get(seq), "harassment", null);
    assertEquals(201, accused.send("not muted while someone is on duty").statusCode());
    assertEquals(2, Http.json(group.facilitator().get("facilitation")).getInt("openReports"));
  }

  @Test
  void aReportFromAnEpochWhoseGroupInfoIsGoneIsRefusedAndStoresNothing() throws Exception {
    HearthServer hearth = HearthServers.dedicated("reports-epoch-gone", java.util.Map.of());
    try {
      hearth.start();
      DeliveryIT.Group group = group(hearth, null);
      GroupMember accused = group.add();
      GroupMember reporter = group.add();
      accused.catchUp();
      long seq = sent(accused, "words from an old epoch");
      reporter.catchUp();
      long epoch = accused.serverEpoch();
      group.add(); // the group moves on: the reported message's epoch is closed
      hearth.stop();
      // What the retention job does once the epoch's GroupInfo is due, while the message stays.
      try (Connection db = hearth.openDatabase();
          PreparedStatement forget =
              db.prepareStatement("DELETE FROM group_epoch WHERE group_id = ? AND epoch = ?")) {
        forget.setString(1, group.id());
        forget.setLong(2, epoch);
        assertEquals(1, forget.executeUpdate());
      }
      hearth.start();

      assertProblem(
          report(reporter, seq, reporter.evidence.get(seq), "harassment", "still upsetting"),
          410,
          "unknown-epoch");
      assertEquals(0, array(group.facilitator().get("reports")).size());
      assertEquals(0, Http.json(group.facilitator().get("facilitation")).getInt("openReports"));
      hearth.stop();
      try (Connection db = hearth.openDatabase();
          PreparedStatement reports =
              db.prepareStatement(
                  "SELECT (SELECT COUNT(*) FROM report WHERE group_id = ?)"
                      + " + (SELECT COUNT(*) FROM member_mute WHERE group_id = ?)")) {
        reports.setString(1, group.id());
        reports.setString(2, group.id());
        try (ResultSet count = reports.executeQuery()) {
          count.next();
          assertEquals(0, count.getLong(1), "no report and no mute stored");
        }
      }
    } finally {
      hearth.stop();
    }
  }

  @Test
  void membersAcceptTheCurrentGuidelinesAndAreAskedAgainForANewVersion(
      @Instance HearthServer hearth) {
    DeliveryIT.Group group = group(hearth, null);
    GroupMember member = group.add();
    JsonObject fresh = Http.json(member.get("guidelines"));
    assertEquals(1, fresh.getInt("version"));
    assertEquals(0, fresh.getInt("accepted"));
    assertEquals("Be kind.", fresh.getString("guidelines"));
    JsonObject accepted =
        Http.json(
            member.postJson("guidelines/acceptance", Json.createObjectBuilder().add("version", 1)));
    assertEquals(1, accepted.getInt("accepted"));
    assertProblem(
        member.postJson("guidelines/acceptance", Json.createObjectBuilder().add("version", 2)),
        409,
        "conflict");
    assertProblem(
        member.postJson("guidelines/acceptance", Json.createObjectBuilder()), 422, "validation");

    assertProblem(put(member, "guidelines", renewed()), 403, "forbidden");
    assertProblem(
        put(group.facilitator(), "guidelines", Json.createObjectBuilder().add("guidelines", " ")),
        422,
        "validation");
    HttpResponse<String> published = put(group.facilitator(), "guidelines", renewed());
    assertEquals(200, published.statusCode(), published.body());
    JsonObject asked = Http.json(member.get("guidelines"));
    assertEquals(2, asked.getInt("version"));
    assertEquals(1, asked.getInt("accepted"), "asked again until they accept");
    assertEquals("Be kind. Be brief.", asked.getString("guidelines"));
    member.postJson("guidelines/acceptance", Json.createObjectBuilder().add("version", 2));
    assertEquals(2, Http.json(member.get("guidelines")).getInt("accepted"));
  }

  private static JsonObjectBuilder renewed() {
    return Json.createObjectBuilder().add("guidelines", "Be kind. Be brief.");
  }

  private static HttpResponse<String> put(GroupMember member, String path, JsonObjectBuilder body) {
    return Http.send(
        member
            .request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body.build().toString()))
            .build());
  }

  static DeliveryIT.Group group(HearthServer hearth, String hours) {
    Ed25519KeyPair key = Ed25519KeyPair.generate();
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("name", "Reports test")
            .add("description", "d")
            .add("language", "en")
            .add("joinPolicy", "APPROVAL")
            .add("guidelines", "Be kind.")
            .add("listed", false)
            .add(
                "facilitators",
                Json.createArrayBuilder().add(key.publicKey().thumbprint().value()));
    if (hours != null) {
      body.add("facilitationHours", hours);
    }
    HttpResponse<String> created =
        Http.send(
            Members.authorized(hearth.uri("/api/v1/groups"), Admins.token(hearth))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.build().toString()))
                .build());
    assertEquals(201, created.statusCode(), created.body());
    GroupMember facilitator = new GroupMember(hearth, Http.json(created).getString("id"), key);
    assertEquals(201, facilitator.start().statusCode());
    return new DeliveryIT.Group(hearth, facilitator.groupId, facilitator);
  }

  static long sent(GroupMember member, String text) {
    HttpResponse<String> answer = member.send(text);
    assertEquals(201, answer.statusCode(), answer.body());
    return Http.json(answer).getJsonNumber("seq").longValue();
  }

  static HttpResponse<String> report(
      GroupMember member, long seq, byte[] evidence, String reason, String note) {
    return report(member, seq, evidence, reason, note, null);
  }

  private static HttpResponse<String> reportWithKey(
      GroupMember member, long seq, byte[] evidence, String replyKey) {
    return report(member, seq, evidence, "harassment", null, replyKey);
  }

  private static HttpResponse<String> report(
      GroupMember member, long seq, byte[] evidence, String reason, String note, String replyKey) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("seq", seq)
            .add("evidence", GroupMember.b64(evidence))
            .add("reason", reason);
    if (note != null) {
      body.add("note", note);
    }
    if (replyKey != null) {
      body.add("replyKey", replyKey);
    }
    return member.postJson("reports", body);
  }

  private static HttpResponse<String> act(GroupMember member, String path, String action) {
    HttpResponse<String> answer =
        member.postJson(path, Json.createObjectBuilder().add("action", action));
    return answer;
  }

  private static HttpResponse<String> admin(
      HearthServer hearth, String method, String path, String token) {
    return admin(hearth, method, path, token, null);
  }

  private static HttpResponse<String> admin(
      HearthServer hearth, String method, String path, String token, String json) {
    HttpRequest.Builder request =
        Members.authorized(
            hearth.uri("/api/v1/admin/reports" + path),
            token == null ? Admins.token(hearth) : token);
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    return Http.send(
        request
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private static JsonArray array(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    return Json.createReader(new StringReader(response.body())).readArray();
  }

  private static String text(JsonObject report) {
    return new String(
        Base64.getUrlDecoder().decode(report.getString("content")), StandardCharsets.UTF_8);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }
}
