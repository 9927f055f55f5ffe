package org.hearth.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hearth.protocol.content.MessageId;
import org.hearth.protocol.content.Post;
import org.hearth.server.browser.JavaMember.Received;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.hearth.server.testing.Instance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The browser member in real Chromium against a real Hearth: with Java members (the Bouncy Castle
 * side) and with another browser profile, removal, moving the keyring between profiles, and the
 * pages at phone and desktop width.
 */
@ExtendWith(HearthServers.class)
class BrowserChatIT {

  @Test
  void aBrowserMemberAndAJavaMemberTalkBothWays(@Instance HearthServer hearth) {
    JavaMember facilitator = JavaMember.facilitatorOfNewGroup(hearth, "Night owls", "OPEN");
    try (Browser browser = new Browser(hearth, "talk")) {
      browser.joinOpenGroup(facilitator.groupId, "Robin");
      browser.startThread("Sleepless again", "Is anyone else awake?", null);

      List<Received> received = facilitator.catchUp();
      assertEquals(1, received.size());
      Post post = (Post) received.get(0).content();
      assertEquals("Robin", post.displayName());
      assertEquals("Sleepless again", post.title());
      assertEquals("Is anyone else awake?", post.body());
      assertEquals(List.of(received.get(0).sender()), facilitator.others());

      facilitator.send(
          new Post(MessageId.random(), "Kim", post.id(), null, "I am. Tea helps me.", null));
      browser.waitForText("#threads", "I am. Tea helps me.");
      browser.waitForText("#threads", "Kim");

      browser.reply("Sleepless again", "Thank you, Kim.");
      Post reply = (Post) facilitator.catchUp().get(0).content();
      assertEquals(post.id(), reply.thread());
      assertEquals("Thank you, Kim.", reply.body());
      browser.screenshots("chat-calm");
      browser.assertOnlyOwnOriginAndNoCspViolations();
    }
  }

  @Test
  void twoBrowserProfilesJoinAnOpenGroupAndChat(@Instance HearthServer hearth) {
    JavaMember facilitator = JavaMember.facilitatorOfNewGroup(hearth, "Quiet hours", "OPEN");
    try (Browser ada = new Browser(hearth, "ada");
        Browser ben = new Browser(hearth, "ben")) {
      ada.open("/");
      ada.screenshots("home-calm");
      ada.open("/groups/" + facilitator.groupId);
      ada.click("a.button[href$='/chat']");
      ada.type("#join-name", "Ada");
      ada.click("#join-accept");
      ada.screenshots("join-calm");
      ada.click("#join-submit");
      ada.visible("#chat");
      ben.joinOpenGroupByKeyboard(facilitator.groupId, "Ben");

      ada.startThread("Evenings", "Evenings are the hardest for me.", null);
      ben.waitForText("#threads", "Evenings are the hardest for me.");
      ben.replyByKeyboard("Same here. Walking helps a little.");
      ada.waitForText("#threads", "Same here. Walking helps a little.");

      // A content warning hides the thread for the reader until they open it.
      ada.startThread("Loss", "My father died last spring.", "bereavement");
      ben.waitForText("#threads", "Content warning: bereavement");
      assertFalse(ben.text("#threads").contains("My father died"), "collapsed for the reader");
      ben.driver()
          .findElement(
              By.xpath(
                  "//section[contains(@class,'thread')][.//h3[normalize-space()="
                      + "'Content warning: bereavement']]//button[@aria-expanded='false']"))
          .click();
      ben.waitForText("#threads", "My father died last spring.");

      // The sender deletes their own message: it disappears for the reader too.
      String evenings = "Evenings are the hardest for me.";
      ada.driver()
          .findElement(
              By.xpath(
                  "//article[.//p[contains(@class,'body') and normalize-space()='"
                      + evenings
                      + "']]//div[@class='actions']/button"))
          .click();
      ada.driver()
          .findElement(By.xpath("//button[normalize-space()='Delete for everyone?']"))
          .click();
      waitUntil(ben, () -> !ben.text("#threads").contains(evenings));
      waitUntil(ada, () -> !ada.text("#threads").contains(evenings));

      // Muting another member hides their messages on this device only.
      ben.driver().findElement(By.xpath("//button[normalize-space()='Mute Ada']")).click();
      waitUntil(ben, () -> !ben.text("#threads").contains("My father died"));
      ben.click("#group-settings summary");
      ben.waitForText("#muted-list", "Unmute Ada");
      ben.screenshots("chat-muted-calm");

      // Ben leaves; Ada's browser commits his Remove proposal (nobody else is online).
      ben.click("#leave");
      ben.click("#leave-final");
      ben.waitForText("#gone-text", "You left the group");
      facilitator.catchUp();
      ada.await(d -> facilitator.catchUpAndCount() == 1);

      ada.assertOnlyOwnOriginAndNoCspViolations();
      ben.assertOnlyOwnOriginAndNoCspViolations();
    }
  }

  @Test
  void aRemovedBrowserMemberCanNoLongerRead(@Instance HearthServer hearth) {
    JavaMember facilitator = JavaMember.facilitatorOfNewGroup(hearth, "Removal", "OPEN");
    try (Browser browser = new Browser(hearth, "removed")) {
      browser.joinOpenGroup(facilitator.groupId, "Sam");
      facilitator.catchUp();
      String browserMember = facilitator.others().get(0);
      // A third member: Bouncy Castle cannot commit a removal that leaves its committer alone.
      JavaMember stays = JavaMember.joinOpenGroup(hearth, facilitator.groupId);
      browser.startThread("Hello", "Hello, everyone.", null);
      facilitator.catchUp();
      facilitator.send(new Post(MessageId.random(), "Kim", null, "Before", "Said before.", null));
      browser.waitForText("#threads", "Said before.");

      facilitator.remove(browserMember);
      facilitator.send(new Post(MessageId.random(), "Kim", null, "After", "Said after.", null));
      browser.visible("#gone");
      browser.waitForText("#gone-text", "no longer a member");
      browser.open("/groups/" + facilitator.groupId + "/chat");
      browser.visible("#gone");
      assertFalse(browser.driver().getPageSource().contains("Said after."));
      assertEquals(
          List.of("Hello, everyone.", "Said before.", "Said after."),
          stays.catchUp().stream().map(r -> ((Post) r.content()).body()).toList(),
          "the others go on");
      browser.assertOnlyOwnOriginAndNoCspViolations();
    }
  }

  @Test
  void aKeyringExportedInOneProfileRestoresMembershipInAnother(@Instance HearthServer hearth)
      throws Exception {
    JavaMember facilitator = JavaMember.facilitatorOfNewGroup(hearth, "Moving", "OPEN");
    String passphrase = "a long passphrase for moving";
    Path file;
    try (Browser old = new Browser(hearth, "old-device")) {
      old.joinOpenGroup(facilitator.groupId, "Lee");
      old.startThread("Moving soon", "Written on the old device.", null);
      old.open("/device");
      old.waitForText("#device-groups", "Moving");
      old.type("#export-passphrase", passphrase);
      old.type("#export-passphrase-again", passphrase);
      old.click("#export-submit");
      old.waitForText("#export-status", "1 group(s) exported");
      old.screenshots("device-calm");
      file = awaitDownload(old.downloads());
      old.open("/groups/" + facilitator.groupId + "/chat");
      old.waitForText("#gone-text", "moved to another device");
      old.assertOnlyOwnOriginAndNoCspViolations();
    }
    assertFalse(Files.readString(file).contains("Written on the old device"), "sealed");

    try (Browser fresh = new Browser(hearth, "new-device")) {
      fresh.open("/device");
      fresh.find("#import-file").sendKeys(file.toString());
      fresh.type("#import-passphrase", passphrase);
      fresh.click("#import-submit");
      fresh.waitForText("#import-status", "1 group(s) imported");
      fresh.open("/groups/" + facilitator.groupId + "/chat");
      fresh.visible("#chat");
      fresh.waitForText("#threads", "Written on the old device.");
      fresh.reply("Moving soon", "Written on the new device.");
      List<Received> received = facilitator.catchUp();
      assertEquals(
          List.of("Written on the old device.", "Written on the new device."),
          received.stream().map(r -> ((Post) r.content()).body()).toList());
      assertEquals(1, facilitator.others().size(), "the same member, not a second one");
      fresh.assertOnlyOwnOriginAndNoCspViolations();
    }
  }

  @Test
  void anApprovalGroupLetsABrowserMemberInByWelcomeAndTheMemberLeaves(
      @Instance HearthServer hearth) {
    JavaMember facilitator = JavaMember.facilitatorOfNewGroup(hearth, "Approval", "APPROVAL");
    try (Browser browser = new Browser(hearth, "approval")) {
      browser.open("/groups/" + facilitator.groupId + "/chat");
      browser.type("#join-name", "Noor");
      browser.click("#join-accept");
      browser.click("#join-submit");
      browser.visible("#pending");
      // A third member: Bouncy Castle cannot commit a removal that leaves its committer alone.
      JavaMember third = JavaMember.requestToJoin(hearth, facilitator.groupId);
      assertEquals(2, facilitator.admitJoinRequests());
      third.acceptWelcome();
      browser.click("#pending-check");
      browser.visible("#chat");
      browser.startThread("First evening", "Thank you for letting me in.", null);
      assertEquals(
          "Thank you for letting me in.", ((Post) facilitator.catchUp().get(0).content()).body());
      assertEquals(2, facilitator.others().size());

      browser.click("#group-settings summary");
      browser.click("#leave");
      browser.click("#leave-final");
      browser.waitForText("#gone-text", "You left the group");
      third.catchUp();
      third.commitPending();
      facilitator.catchUp();
      assertEquals(
          List.of(third.thumbprint()), facilitator.others(), "the leaving member's leaf is gone");
      browser.open("/device");
      browser.visible("#device-groups-none");
      browser.assertOnlyOwnOriginAndNoCspViolations();
    }
  }

  @Test
  void anInviteCodeLetsABrowserMemberAskToJoin(@Instance HearthServer hearth) {
    JavaMember facilitator = JavaMember.facilitatorOfNewGroup(hearth, "Invited", "INVITE_ONLY");
    try (Browser browser = new Browser(hearth, "invited")) {
      browser.open("/groups/" + facilitator.groupId + "/chat");
      browser.type("#join-name", "Ife");
      browser.type("#join-invite", "not-a-code");
      browser.click("#join-accept");
      browser.click("#join-submit");
      browser.visible("#join-error");
      assertEquals("Ife", browser.find("#join-name").getAttribute("value"), "input kept");

      browser.type("#join-invite", facilitator.invite());
      browser.click("#join-submit");
      browser.visible("#pending");
      assertEquals(1, facilitator.admitJoinRequests());
      browser.click("#pending-check");
      browser.visible("#chat");
      facilitator.send(
          new Post(MessageId.random(), "Kim", null, "Welcome", "Glad you came.", null));
      browser.waitForText("#threads", "Glad you came.");
      browser.assertOnlyOwnOriginAndNoCspViolations();
    }
  }

  @Test
  void aStaleBrowserMemberCatchesUpAndSendsAgain(@Instance HearthServer hearth) {
    JavaMember facilitator = JavaMember.facilitatorOfNewGroup(hearth, "Stale", "OPEN");
    try (Browser browser = new Browser(hearth, "stale")) {
      browser.joinOpenGroup(facilitator.groupId, "Ola");
      facilitator.catchUp();
      // Hold the live stream back, so the browser does not see the next commit before it sends.
      browser
          .driver()
          .executeCdpCommand(
              "Fetch.enable", Map.of("patterns", List.of(Map.of("urlPattern", "*/events*"))));
      browser.open("/groups/" + facilitator.groupId + "/chat");
      browser.visible("#chat");
      facilitator.commitAndMerge(facilitator.mls.updatePath());
      browser.startThread("Late", "Sent from an old epoch, then again.", null);
      List<Received> received = facilitator.catchUp();
      assertEquals(1, received.size(), "exactly once");
      assertEquals(
          "Sent from an old epoch, then again.", ((Post) received.get(0).content()).body());
      browser.driver().executeCdpCommand("Fetch.disable", Map.of());
      browser.assertOnlyOwnOriginAndNoCspViolations();
    }
  }

  @Test
  void pagesWorkInTheContrastThemeAndWithoutJoining(
      @Instance(value = "contrast-browser", env = "HEARTH_THEME=contrast") HearthServer hearth) {
    JavaMember facilitator = JavaMember.facilitatorOfNewGroup(hearth, "Contrast", "APPROVAL");
    try (Browser browser = new Browser(hearth, "contrast")) {
      browser.open("/");
      browser.screenshots("home-contrast");
      browser.open("/groups/" + facilitator.groupId + "/chat");
      browser.visible("#join");
      assertEquals("Ask to join", browser.text("#join-submit"));
      browser.screenshots("join-contrast");
      browser.open("/device");
      browser.click("#pref-large-text");
      browser.click("#preferences-form button[type=submit]");
      browser.waitForText("#preferences-status", "saved");
      browser.open("/");
      assertTrue(
          (Boolean)
              browser.script(
                  "return document.documentElement.classList.contains('pref-large-text');"),
          "the preference applies on every page");
      browser.open("/device");
      browser.screenshots("device-contrast");
      browser.assertOnlyOwnOriginAndNoCspViolations();
    }
  }

  private static Path awaitDownload(Path folder) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      try (var files = Files.list(folder)) {
        var done = files.filter(p -> p.getFileName().toString().endsWith(".json")).findFirst();
        if (done.isPresent()) {
          return done.get();
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no keyring file was downloaded");
  }

  private static void waitUntil(Browser browser, java.util.function.BooleanSupplier condition) {
    browser.await(d -> condition.getAsBoolean());
  }
}
