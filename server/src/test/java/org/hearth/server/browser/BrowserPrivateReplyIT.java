package org.hearth.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.hearth.client.member.GroupEvent;
import org.hearth.protocol.content.MessageId;
import org.hearth.protocol.content.Post;
import org.hearth.protocol.content.Retraction;
import org.hearth.protocol.moderation.ReportView;
import org.hearth.server.testing.Admins;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.hearth.server.testing.Instance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Private replies to reports between the browser and the Java client (docs/reports.md, "Replying
 * privately"): the reply travels as an ordinary MLS message of the group, and only the reporter's
 * client, holding the key it made for that report, reads it.
 */
@ExtendWith(HearthServers.class)
class BrowserPrivateReplyIT {
  private static final String HURTFUL = "Nobody here would miss you.";

  @Test
  void aJavaFacilitatorAnswersABrowserReporterAndNobodyElseReadsIt(@Instance HearthServer hearth)
      throws IOException {
    String answer = "Thank you for telling us. We have spoken with them; you are welcome here.";
    LibraryMember ana = LibraryMember.facilitatorOfNewOpenGroup(hearth, "Ana");
    LibraryMember max = LibraryMember.joinOpen(hearth, ana.group, "Max");
    try (Browser reo = new Browser(hearth, "reo")) {
      reo.joinOpenGroup(ana.group.toString(), "Reo");
      max.member().send(new Post(MessageId.random(), "Max", null, "Honestly", HURTFUL, null));
      reo.waitForText("#threads", HURTFUL);
      WebElement post = postWithBody(reo, HURTFUL);
      post.findElement(By.xpath(".//div[@class='actions']/button[normalize-space()='Report']"))
          .click();
      post.findElement(By.cssSelector("form.report-form button[type=submit]")).click();
      reo.waitForText("#threads", "Reported to the facilitators.");
      assertTrue(!reo.find("#private-replies").isDisplayed(), "no reply yet, no section");

      ReportView report = ana.member().delivery().reports().get(0);
      assertEquals(32, java.util.Base64.getUrlDecoder().decode(report.replyKey()).length);
      long replySeq = ana.member().replyPrivately(report, answer).seq();

      reo.waitForText("#private-replies", answer);
      String shown = reo.text("#private-replies li.private-reply");
      assertTrue(shown.contains("Private reply about your report"), shown);
      assertTrue(shown.contains("Ana"), "the facilitator's display name: " + shown);
      assertTrue(
          shown.contains(ana.key().value().substring(0, 6)), "and key fingerprint: " + shown);
      assertTrue(!reo.text("#threads").contains(answer), "not drawn as a thread");
      reo.screenshots("private-reply-received");
      assertEquals(List.of(), reo.axe(Files.readString(AccessibilityIT.AXE), AccessibilityIT.WCAG));

      // The accused member receives and decrypts the same MLS message, and reads nothing.
      assertEquals(List.of(), max.syncAndReplies());
      assertEquals(replySeq, max.member().lastSeen(), "processed the reply's message");
      assertTrue(max.events.stream().noneMatch(e -> e.seq() == replySeq), "shows nothing for it");

      // The record kept it: it is still shown after the page is opened again.
      reo.open("/groups/" + ana.group + "/chat");
      reo.waitForText("#private-replies", answer);
      reo.assertOnlyOwnOriginAndNoCspViolations();
    }
  }

  @Test
  void aBrowserFacilitatorAnswersAJavaReporterFromThePanel(@Instance HearthServer hearth)
      throws IOException {
    String answer =
        "Asante kwa kutuambia — we have spoken with them.\nKaribu tena, you are welcome.";
    LibraryMember ana = LibraryMember.facilitatorOfNewOpenGroup(hearth, "Ana");
    try (Browser fay = new Browser(hearth, "fay")) {
      fay.joinOpenGroup(ana.group.toString(), "Fay");
      ana.member().sync();
      var fayKey =
          ana.member().members().stream().filter(k -> !k.equals(ana.key())).findFirst().get();
      new org.hearth.client.api.HearthClient(
              org.hearth.client.InstanceUrl.parse(hearth.baseUri().toString()))
          .delivery(ana.group, Admins.key(hearth))
          .grantFacilitator(fayKey);
      LibraryMember max = LibraryMember.joinOpen(hearth, ana.group, "Max");
      LibraryMember cy = LibraryMember.joinOpen(hearth, ana.group, "Cy");
      long seq =
          max.member()
              .send(new Post(MessageId.random(), "Max", null, "Honestly", HURTFUL, null))
              .seq();
      cy.member().sync();
      cy.member().report(cy.messageAt(seq), "HARASSMENT", "Please look at this.");

      fay.open("/groups/" + ana.group + "/chat");
      fay.waitForText("#reports", HURTFUL);
      fay.click("#reports li.report .actions button[aria-expanded]");
      long before = ana.member().delivery().messages(0, 200).latestSeq();
      fay.click("#reports form.private-reply-form button[type=submit]");
      fay.waitForText("#reports", "Write a reply first.");
      assertEquals(
          before, ana.member().delivery().messages(0, 200).latestSeq(), "nothing was sent");

      fay.find("#reports form.private-reply-form textarea").sendKeys(answer);
      fay.screenshots("private-reply-form");
      assertEquals(List.of(), fay.axe(Files.readString(AccessibilityIT.AXE), AccessibilityIT.WCAG));
      fay.click("#reports form.private-reply-form button[type=submit]");
      fay.waitForText("#chat-status", "Your private reply was sent.");
      fay.waitForText("#reports", "You replied privately: Asante kwa kutuambia");
      assertEquals(List.of(), fay.axe(Files.readString(AccessibilityIT.AXE), AccessibilityIT.WCAG));
      assertTrue(!fay.find("#private-replies").isDisplayed(), "the sender is not the reporter");

      List<GroupEvent.PrivateReplyReceived> received = cy.syncAndReplies();
      assertEquals(1, received.size());
      assertEquals(answer, received.get(0).text(), "the exact text, line break included");
      assertEquals("Fay", received.get(0).displayName());
      assertEquals(fayKey, received.get(0).sender());
      assertEquals(List.of(), max.syncAndReplies(), "the reported member reads nothing");
      assertEquals(List.of(), ana.syncAndReplies(), "nor does another facilitator");

      // Withdrawn like a post: a retraction the reporter's client honours, and the server's copy.
      fay.click("#reports .sent-reply button");
      fay.waitForText("#reports .sent-reply button", "Delete for everyone?");
      fay.click("#reports .sent-reply button");
      fay.await(d -> d.findElements(By.cssSelector("#reports .sent-reply")).isEmpty());
      cy.syncAndReplies();
      assertTrue(
          cy.events.stream()
              .anyMatch(
                  e ->
                      e instanceof GroupEvent.Message m
                          && m.sender().equals(fayKey)
                          && m.content() instanceof Retraction),
          "the reporter received the retraction");
      assertTrue(
          ana.member()
              .delivery()
              .messages(received.get(0).seq() - 1, 1)
              .messages()
              .get(0)
              .deleted(),
          "the server dropped the reply's ciphertext");
      fay.assertOnlyOwnOriginAndNoCspViolations();
    }
  }

  private static WebElement postWithBody(Browser browser, String body) {
    return browser
        .driver()
        .findElement(
            By.xpath(
                "//article[.//p[contains(@class,'body') and normalize-space()='" + body + "']]"));
  }
}
