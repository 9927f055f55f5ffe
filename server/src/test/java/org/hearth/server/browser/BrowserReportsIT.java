package org.hearth.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.hearth.crypto.mls.MlsException;
import org.hearth.protocol.content.ContentCodec;
import org.hearth.protocol.content.MessageId;
import org.hearth.protocol.content.Post;
import org.hearth.server.testing.Admins;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.hearth.server.testing.Http;
import org.hearth.server.testing.Instance;
import org.hearth.server.testing.Members;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The "done when" in real Chromium: a browser member reports a Java member's message, a
 * facilitator in another browser sees the report verified in the queue and removes the reported
 * member, who can then neither read nor send.
 */
@ExtendWith(HearthServers.class)
class BrowserReportsIT {
  private static final String HURTFUL = "Nobody here would miss you.";

  @Test
  void aFacilitatorVerifiesAReportAndRemovesTheReportedMember(@Instance HearthServer hearth) {
    JavaMember owner = JavaMember.facilitatorOfNewGroup(hearth, "Evening circle", "OPEN");
    try (Browser fay = new Browser(hearth, "fay");
        Browser reo = new Browser(hearth, "reo")) {
      fay.joinOpenGroup(owner.groupId, "Fay");
      owner.catchUp();
      String fayKey = owner.others().get(0);
      HttpResponse<String> granted =
          Http.send(
              Members.authorized(
                      hearth.uri("/api/v1/groups/" + owner.groupId + "/facilitators/" + fayKey),
                      Admins.token(hearth))
                  .PUT(HttpRequest.BodyPublishers.noBody())
                  .build());
      assertEquals(200, granted.statusCode(), granted.body());
      reo.joinOpenGroup(owner.groupId, "Reo");
      JavaMember accused = JavaMember.joinOpenGroup(hearth, owner.groupId);
      accused.send(new Post(MessageId.random(), "Max", null, "Honestly", HURTFUL, null));

      reo.waitForText("#threads", HURTFUL);
      WebElement post =
          reo.driver()
              .findElement(
                  By.xpath(
                      "//article[.//p[contains(@class,'body') and normalize-space()='"
                          + HURTFUL
                          + "']]"));
      post.findElement(By.xpath(".//div[@class='actions']/button[normalize-space()='Report']"))
          .click();
      post.findElement(By.cssSelector("form.report-form textarea")).sendKeys("This is cruel.");
      post.findElement(By.cssSelector("form.report-form button[type=submit]")).click();
      reo.waitForText("#threads", "Reported to the facilitators.");

      fay.open("/groups/" + owner.groupId + "/chat");
      fay.visible("#facilitation");
      fay.waitForText("#facilitation-summary", "Open reports: 1.");
      fay.waitForText("#reports", HURTFUL);
      fay.waitForText("#reports", "Verified: the signature shows this member sent exactly");
      fay.waitForText("#reports", "Note: This is cruel.");
      fay.screenshots("report-queue-calm");
      fay.click("#reports li.report button.danger");
      fay.visible("#reports-empty");

      owner.catchUp();
      assertFalse(owner.others().contains(accused.thumbprint()), "removed from the tree");
      long after =
          owner.send(new Post(MessageId.random(), "Kim", null, "After", "Said after.", null));
      HttpResponse<String> page = owner.get("messages?after=" + (after - 1));
      byte[] ciphertext =
          Base64.getUrlDecoder()
              .decode(Http.json(page).getJsonArray("messages").getJsonObject(0).getString("data"));
      assertThrows(MlsException.class, () -> accused.mls.unprotect(ciphertext), "cannot read");
      assertEquals(403, accused.get("messages?after=0").statusCode(), "cannot fetch");
      byte[] attempt =
          accused.mls.protect(
              ContentCodec.encode(
                  new Post(MessageId.random(), "Max", null, "Still here", "Still here?", null)));
      assertEquals(403, accused.postMls("messages", attempt).statusCode(), "cannot send");

      // New guidelines: shown in the chat until the member accepts them (joining accepted v1).
      reo.await(
          d -> !d.findElements(By.cssSelector("#guidelines-new[data-checked='1']")).isEmpty());
      assertFalse(reo.find("#guidelines-new").isDisplayed(), "version 1 was accepted on joining");
      HttpResponse<String> published =
          Http.send(
              Members.authorized(
                      hearth.uri("/api/v1/groups/" + owner.groupId + "/guidelines"),
                      Admins.token(hearth))
                  .header("Content-Type", "application/json")
                  .PUT(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"guidelines\":\"Be kind. No advice unless asked.\"}"))
                  .build());
      assertEquals(200, published.statusCode(), published.body());
      reo.open("/groups/" + owner.groupId + "/chat");
      reo.waitForText("#guidelines-new", "No advice unless asked.");
      reo.click("#guidelines-accept");
      reo.await(d -> !reo.find("#guidelines-new").isDisplayed());
      reo.open("/groups/" + owner.groupId + "/chat");
      reo.await(
          d -> !d.findElements(By.cssSelector("#guidelines-new[data-checked='2']")).isEmpty());
      assertFalse(reo.find("#guidelines-new").isDisplayed(), "accepted: not asked again");
      fay.assertOnlyOwnOriginAndNoCspViolations();
      reo.assertOnlyOwnOriginAndNoCspViolations();
    }
  }
}
