package org.hearth.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hearth.protocol.content.Post;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.hearth.server.testing.Instance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;

/**
 * Crisis help in the browser: a message with a crisis phrase (English or Swahili) opens the help
 * panel before anything is sent, with no request at all until the member chooses to send; and Get
 * help now opens with the network down once any page was loaded, on the country the member picked.
 */
@ExtendWith(HearthServers.class)
class CrisisHelpIT {

  @Test
  void aCrisisPhraseOpensTheHelpPanelAndNothingLeavesUntilTheMemberSends(
      @Instance HearthServer hearth) {
    JavaMember facilitator = JavaMember.facilitatorOfNewGroup(hearth, "Gentle", "OPEN");
    try (Browser browser = new Browser(hearth, "crisis")) {
      browser.joinOpenGroup(facilitator.groupId, "Rue");
      facilitator.catchUp();
      browser.visible("#threads-empty");

      int before = browser.requestCount();
      browser.type("#thread-title", "Tonight");
      browser.type("#thread-body", "Honestly I want to kill myself.");
      browser.click("#new-thread button[type=submit]");
      browser.visible("#crisis-check");
      assertEquals(
          "crisis-heading", browser.driver().switchTo().activeElement().getAttribute("id"));
      assertTrue(browser.find("#crisis-help").getAttribute("href").endsWith("/help"));
      assertEquals(List.of(), browser.requestsAfter(before), "nothing reached the network");
      assertEquals(List.of(), facilitator.catchUp(), "nothing was sent");

      browser.click("#crisis-back");
      assertFalse(browser.find("#crisis-check").isDisplayed());
      assertEquals("thread-body", browser.driver().switchTo().activeElement().getAttribute("id"));
      assertEquals(
          "Honestly I want to kill myself.", browser.find("#thread-body").getAttribute("value"));
      assertEquals(List.of(), browser.requestsAfter(before), "still nothing");

      browser.click("#new-thread button[type=submit]");
      browser.visible("#crisis-check");
      browser.click("#crisis-send");
      browser.waitForText("#threads", "Honestly I want to kill myself.");
      assertEquals(
          "Honestly I want to kill myself.",
          ((Post) facilitator.catchUp().get(0).content()).body(),
          "the member can always send");

      // Swahili, in a reply: a verb with its prefixes ("I will kill myself").
      int again = browser.requestCount();
      browser.find("form.reply textarea").sendKeys("Nadhani nitajiua leo");
      browser.find("form.reply button[type=submit]").click();
      browser.visible("#crisis-check");
      assertEquals(List.of(), browser.requestsAfter(again));
      browser.click("#crisis-back");

      // An ordinary message goes straight out.
      browser.type("#thread-title", "Later");
      browser.type("#thread-body", "Feeling a bit better after a walk.");
      browser.click("#new-thread button[type=submit]");
      browser.waitForText("#threads", "Feeling a bit better after a walk.");
      assertFalse(browser.find("#crisis-check").isDisplayed());
      browser.assertOnlyOwnOriginAndNoCspViolations();
    }
  }

  @Test
  void getHelpNowOpensWithTheNetworkDown() {
    HearthServer hearth = HearthServers.dedicated("help-offline", Map.of()).start();
    try (Browser browser = new Browser(hearth, "offline")) {
      browser.open("/");
      // The worker must have installed its copy and taken control of the page, or the visit
      // below would go past it and never be kept.
      browser.await(
          d ->
              Boolean.TRUE.equals(
                  browser
                      .driver()
                      .executeAsyncScript(
                          "const done = arguments[arguments.length - 1];"
                              + "navigator.serviceWorker.ready"
                              + ".then(r => r.active.state === 'activated'"
                              + " && Boolean(navigator.serviceWorker.controller))"
                              + ".then(on => on ? caches.open('hearth-help-v1')"
                              + ".then(c => c.match('/help')).then(Boolean) : false)"
                              + ".then(done).catch(() => done(false));")));
      browser.open("/help?country=US");
      browser.waitForText("main", "988 Suicide & Crisis Lifeline");
      browser.assertOnlyOwnOriginAndNoCspViolations();

      hearth.stop();
      ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
      offline.setOffline(true);
      browser.driver().setNetworkConditions(offline);

      browser.open("/help");
      browser.waitForText("main", "988 Suicide & Crisis Lifeline");
      assertTrue(
          browser.driver().getCurrentUrl().endsWith("/help?country=US"), "the remembered country");
      assertEquals("Get help now", browser.text("h1"));
      assertTrue(browser.text("main").contains("call your local emergency number"));
      browser.open("/help?country=KE");
      assertEquals("Get help now", browser.text("h1"), "another country falls back to the copy");
      assertTrue(
          (Boolean) browser.script("return getComputedStyle(document.body).display === 'flex';"),
          "the stylesheet came from the copy too");
    } finally {
      hearth.stop();
    }
  }
}
