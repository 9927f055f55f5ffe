package org.hearth.server.delivery;

import static org.hearth.server.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hearth.crypto.mls.KeyPackageBundle;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.hearth.server.testing.Http;
import org.hearth.server.testing.Instance;
import org.hearth.server.testing.Members;
import org.hearth.server.testing.StoredDataScan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Facilitators' e-mail notices against a real SMTP server (GreenMail): only facilitators opt in; a
 * verified report or a join request mails each opted-in facilitator once per interval, naming
 * neither the group nor anyone in it; a mail server that is down fails nothing; removing the
 * address or erasing the key deletes it from the database; no address reaches a log.
 */
@ExtendWith(HearthServers.class)
class NotificationsIT {
  private static final String INSTANCE = "Notice test instance";
  private static final String FIRST = "first.facilitator@ngo.example";
  private static final String SECOND = "second.facilitator@ngo.example";
  private static final String THIRD = "third.facilitator@ngo.example";

  @Test
  void withoutAMailServerNoticesAreOffAndNobodyOptsIn(@Instance HearthServer hearth) {
    DeliveryIT.Group group = ReportsIT.group(hearth, null);
    JsonObject setting = Http.json(group.facilitator().get("notification"));
    assertFalse(setting.getBoolean("available"));
    assertFalse(setting.containsKey("address"), setting.toString());
    assertProblem(optIn(group.facilitator(), FIRST), 409, "conflict");
  }

  @Test
  void facilitatorsAreNoticedOnceAnIntervalAndNothingElseLeaks() throws Exception {
    GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    HearthServer hearth =
        HearthServers.dedicated(
            "notices",
            Map.of(
                "HEARTH_INSTANCE_NAME", INSTANCE,
                "HEARTH_SMTP_HOST", "127.0.0.1",
                "HEARTH_SMTP_PORT", String.valueOf(smtp.getSmtp().getPort()),
                "HEARTH_SMTP_SECURITY", "none",
                "HEARTH_SMTP_FROM", "hearth@ngo.example"));
    try {
      hearth.start();
      DeliveryIT.Group group = ReportsIT.group(hearth, null);
      GroupMember accused = group.add();
      GroupMember reporter = group.add();
      GroupMember other = group.add();
      accused.catchUp();
      reporter.catchUp();

      assertProblem(reporter.get("notification"), 403, "forbidden");
      assertProblem(optIn(reporter, FIRST), 403, "forbidden");
      assertProblem(optIn(group.facilitator(), "not an address"), 422, "validation");
      assertProblem(optIn(group.facilitator(), "Name <" + FIRST + ">"), 422, "validation");
      assertProblem(
          optIn(group.facilitator(), "x".repeat(250) + "@ngo.example"), 422, "validation");
      JsonObject set = Http.json(optIn(group.facilitator(), FIRST));
      assertTrue(set.getBoolean("available"));
      assertEquals(FIRST, set.getString("address"));
      assertEquals("PT1H", set.getString("interval"));
      assertEquals(FIRST, Http.json(group.facilitator().get("notification")).getString("address"));

      long seq = ReportsIT.sent(accused, "nobody wants you here");
      reporter.catchUp();
      other.catchUp();
      file(reporter, seq);
      assertTrue(smtp.waitForIncomingEmail(20_000, 1), "the facilitator was noticed");
      MimeMessage notice = only(smtp, FIRST);
      String text = notice.getSubject() + "\n" + GreenMailUtil.getWholeMessage(notice);
      assertTrue(text.contains(INSTANCE), text);
      assertTrue(text.contains(hearth.baseUri().toString()), text);
      for (String secret :
          List.of(
              "Reports test",
              group.id(),
              "nobody wants you here",
              accused.thumbprint(),
              reporter.thumbprint(),
              group.facilitator().thumbprint())) {
        assertFalse(text.contains(secret), "the notice names " + secret + ":\n" + text);
      }

      // A second report within the interval mails nobody; a join request in another group
      // (noticed after it, in order) mails that group's facilitator.
      file(other, seq);
      DeliveryIT.Group approval = ReportsIT.group(hearth, null);
      assertEquals(200, optIn(approval.facilitator(), SECOND).statusCode());
      GroupMember newcomer = new GroupMember(hearth, approval.id());
      HttpResponse<String> asked =
          newcomer.postJson(
              "join-requests",
              Json.createObjectBuilder()
                  .add(
                      "keyPackage",
                      GroupMember.b64(
                          KeyPackageBundle.create(newcomer.key, Duration.ofDays(7)).keyPackage())));
      assertEquals(201, asked.statusCode(), asked.body());
      assertTrue(smtp.waitForIncomingEmail(20_000, 2), "the join request was noticed");
      only(smtp, SECOND);
      assertEquals(1, to(smtp, FIRST).size(), "one notice per interval");

      // The mail server goes down: the report is still taken, and the failure is counted.
      DeliveryIT.Group third = ReportsIT.group(hearth, null);
      GroupMember thirdAccused = third.add();
      GroupMember thirdReporter = third.add();
      thirdAccused.catchUp();
      assertEquals(200, optIn(third.facilitator(), THIRD).statusCode());
      long thirdSeq = ReportsIT.sent(thirdAccused, "go away");
      thirdReporter.catchUp();
      smtp.stop();
      file(thirdReporter, thirdSeq);
      assertEquals(1, Http.json(third.facilitator().get("facilitation")).getInt("openReports"));
      awaitFailedNotice(hearth);

      // Removal deletes the address at once; the key's erasure deletes it too.
      assertEquals(204, group.facilitator().delete("notification").statusCode());
      assertFalse(
          Http.json(group.facilitator().get("notification")).containsKey("address"), "removed");
      assertTrue(
          exported(hearth, third.facilitator()).contains(THIRD), "the export shows the address");
      HttpResponse<String> erased = Http.send(me(hearth, third.facilitator()).DELETE().build());
      assertEquals(200, erased.statusCode(), erased.body());

      hearth.stop();
      assertEquals(List.of(SECOND), storedAddresses(hearth));
      List<String> logged =
          StoredDataScan.files(
              List.of(hearth.consoleLog(), hearth.outputDir().resolve("logs")),
              List.of(FIRST, SECOND, THIRD, "ngo.example"));
      assertEquals(List.of(), logged, "no address in a log");
    } finally {
      hearth.stop();
      smtp.stop();
    }
  }

  static HttpResponse<String> optIn(GroupMember member, String address) {
    return Http.send(
        member
            .request("notification")
            .header("Content-Type", "application/json")
            .PUT(
                HttpRequest.BodyPublishers.ofString(
                    Json.createObjectBuilder().add("address", address).build().toString()))
            .build());
  }

  private static void file(GroupMember reporter, long seq) {
    HttpResponse<String> filed =
        ReportsIT.report(reporter, seq, reporter.evidence.get(seq), "harassment", "look");
    assertEquals(201, filed.statusCode(), filed.body());
  }

  private static MimeMessage only(GreenMail smtp, String address) throws Exception {
    List<MimeMessage> received = to(smtp, address);
    assertEquals(1, received.size(), "notices to " + address);
    return received.get(0);
  }

  private static List<MimeMessage> to(GreenMail smtp, String address) throws Exception {
    List<MimeMessage> received = new ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .anyMatch(r -> r.toString().equals(address))) {
        received.add(message);
      }
    }
    return received;
  }

  /** Waits (up to a minute) until the server counts a notice the mail server did not take. */
  static void awaitFailedNotice(HearthServer hearth) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(60);
    String body = "";
    while (Instant.now().isBefore(deadline)) {
      body =
          Http.send(HttpRequest.newBuilder(hearth.uri("/metrics?scope=application")).build())
              .body();
      if (body.lines()
          .filter(line -> line.startsWith("hearth_notices_failed_total"))
          .anyMatch(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)) >= 1)) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no failed notice counted:\n" + body);
  }

  private static HttpRequest.Builder me(HearthServer hearth, GroupMember member) {
    return Members.authorized(hearth.uri("/api/v1/me/data"), member.token);
  }

  private static String exported(HearthServer hearth, GroupMember member) {
    HttpResponse<String> export = Http.send(me(hearth, member).GET().build());
    assertEquals(200, export.statusCode(), export.body());
    return export.body();
  }

  private static List<String> storedAddresses(HearthServer hearth) throws Exception {
    List<String> addresses = new ArrayList<>();
    try (Connection db = hearth.openDatabase();
        Statement statement = db.createStatement();
        ResultSet rows = statement.executeQuery("SELECT address FROM facilitator_notification")) {
      while (rows.next()) {
        addresses.add(rows.getString(1));
      }
    }
    return addresses;
  }
}
