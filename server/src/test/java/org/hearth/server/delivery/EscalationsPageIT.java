package org.hearth.server.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.hearth.crypto.Fingerprint;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.server.testing.Admins;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.hearth.server.testing.Http;
import org.hearth.server.testing.Instance;
import org.hearth.server.web.admin.ConsoleClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admin console's escalated reports page over plain HTTP, with reports real MLS members filed
 * and a facilitator escalated: it lists each with its group, reason, note, the reported text and
 * its verification, counts them on the overview, and its review and dismiss buttons close them
 * (CSRF checked; a closed report cannot be acted on again).
 */
@ExtendWith(HearthServers.class)
class EscalationsPageIT {

  @Test
  void theAdminSeesEscalatedReportsAndClosesThem(@Instance HearthServer hearth) {
    DeliveryIT.Group group = DeliveryIT.Group.create(hearth, "APPROVAL", 10);
    GroupMember accused = group.add();
    GroupMember reporter = group.add();
    accused.catchUp();
    long first = Http.json(accused.send("nobody wants you here")).getJsonNumber("seq").longValue();
    long second = Http.json(accused.send("buy cheap pills")).getJsonNumber("seq").longValue();
    reporter.catchUp();
    String harassment = escalate(group, reporter, first, "harassment", "please look");
    String spam = escalate(group, reporter, second, "spam", null);

    ConsoleClient admin = new ConsoleClient(hearth).signIn(Admins.token(hearth));
    String overview = admin.get("/admin").body();
    assertTrue(overview.contains("2 escalated report(s)"), overview);

    HttpResponse<String> page = admin.get("/admin/reports");
    assertEquals(200, page.statusCode());
    String body = page.body();
    assertTrue(body.contains("data-report=\"" + harassment + "\""), body);
    assertTrue(body.contains("data-report=\"" + spam + "\""), body);
    assertTrue(body.contains("Group: Delivery test"), body);
    assertTrue(body.contains("nobody wants you here"), body);
    assertTrue(body.contains("buy cheap pills"), body);
    assertTrue(body.contains("Harassment or bullying"), body);
    assertTrue(body.contains("Spam or advertising"), body);
    assertTrue(body.contains("please look"), body);
    assertTrue(body.contains("Verified: the signature shows"), body);
    String accusedFingerprint = Fingerprint.of(new KeyThumbprint(accused.thumbprint())).value();
    assertTrue(body.contains(accusedFingerprint), body);
    assertTrue(body.contains("aria-current=\"page\""), body);

    // Without the CSRF token nothing changes.
    HttpResponse<String> noToken =
        admin.postRaw("/admin/reports/" + harassment + "/review", Map.of());
    assertEquals(403, noToken.statusCode());
    assertTrue(admin.get("/admin/reports").body().contains(harassment));

    HttpResponse<String> reviewed =
        admin.post("/admin/reports/" + harassment + "/review", Map.of());
    assertEquals(303, reviewed.statusCode(), reviewed.body());
    HttpResponse<String> dismissed = admin.post("/admin/reports/" + spam + "/dismiss", Map.of());
    assertEquals(303, dismissed.statusCode(), dismissed.body());

    String after = admin.get("/admin/reports?done=dismissed").body();
    assertFalse(after.contains("data-report="), after);
    assertTrue(after.contains("id=\"reports-none\""), after);
    assertTrue(after.contains("The report was dismissed."), after);
    assertTrue(admin.get("/admin").body().contains("0 escalated report(s)"));
    assertClosed(group, harassment);
    assertClosed(group, spam);

    // Acting on a closed report says so on the page.
    HttpResponse<String> again = admin.post("/admin/reports/" + spam + "/review", Map.of());
    assertEquals(200, again.statusCode());
    assertTrue(again.body().contains("id=\"action-error\""), again.body());
  }

  /** Files a report and has the facilitator escalate it; returns its id. */
  private static String escalate(
      DeliveryIT.Group group, GroupMember reporter, long seq, String reason, String note) {
    var body =
        Json.createObjectBuilder()
            .add("seq", seq)
            .add("evidence", GroupMember.b64(reporter.evidence.get(seq)))
            .add("reason", reason);
    if (note != null) {
      body.add("note", note);
    }
    HttpResponse<String> filed = reporter.postJson("reports", body);
    assertEquals(201, filed.statusCode(), filed.body());
    String id = Http.json(filed).getString("id");
    HttpResponse<String> escalated =
        group
            .facilitator()
            .postJson("reports/" + id, Json.createObjectBuilder().add("action", "escalate"));
    assertEquals(200, escalated.statusCode(), escalated.body());
    return id;
  }

  /** The facilitator can no longer act on the report: it is closed. */
  private static void assertClosed(DeliveryIT.Group group, String id) {
    HttpResponse<String> r =
        group
            .facilitator()
            .postJson("reports/" + id, Json.createObjectBuilder().add("action", "dismiss"));
    assertEquals(409, r.statusCode(), r.body());
    JsonObject problem = Http.json(r);
    assertTrue(problem.getString("detail").contains("closed"), problem.toString());
  }
}
