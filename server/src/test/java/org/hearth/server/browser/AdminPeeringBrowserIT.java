package org.hearth.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.hearth.server.testing.Instance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 7's "done when", tried as new users would: two real Hearth instances, each admin in their
 * own browser profile. Each registers with the setup code, creates a group and a crisis line in the
 * console, and they peer the instances from the federation pages by comparing fingerprints. Then
 * each instance's directory and Get help now page show the other's group and crisis line.
 */
@ExtendWith(HearthServers.class)
class AdminPeeringBrowserIT {
  static final String LOOPBACK = "HEARTH_FEDERATION_ALLOW_LOOPBACK_HTTP=true";
  static final String TICK = "HEARTH_FEDERATION_TICK=PT1S";
  static final String NOTICE = "HEARTH_FEDERATION_NOTICE_DELAY=PT1S";
  static final String GAP = "HEARTH_FEDERATION_NOTICE_GAP=PT1S";
  static final String BACKOFF = "HEARTH_FEDERATION_BACKOFF_FIRST=PT1S";
  static final String BACKOFF_MAX = "HEARTH_FEDERATION_BACKOFF_MAX=PT3S";

  @Test
  void twoAdminsPeerTheirInstancesByComparingFingerprints(
      @Instance(
              value = "console-a",
              env = {
                "HEARTH_INSTANCE_NAME=Lakeside Hearth",
                LOOPBACK,
                TICK,
                NOTICE,
                GAP,
                BACKOFF,
                BACKOFF_MAX
              })
          HearthServer a,
      @Instance(
              value = "console-b",
              env = {
                "HEARTH_INSTANCE_NAME=Hillside Hearth",
                LOOPBACK,
                TICK,
                NOTICE,
                GAP,
                BACKOFF,
                BACKOFF_MAX
              })
          HearthServer b) {
    try (Browser adminA = new Browser(a, "peering-admin-a");
        Browser adminB = new Browser(b, "peering-admin-b")) {
      register(adminA, a);
      register(adminB, b);
      createGroup(adminA, "Lakeside circle");
      createCrisisLine(adminA, "Lakeside night line");
      createGroup(adminB, "Hillside circle");
      createCrisisLine(adminB, "Hillside night line");

      // A looks B up and reads the fingerprint Hearth fetched; B reads out its own: they match.
      adminB.open("/admin/federation");
      String bSays = adminB.text("#own-fingerprint");
      adminA.open("/admin/federation");
      String aSays = adminA.text("#own-fingerprint");
      adminA.type("#baseUrl", b.baseUri().toString());
      adminA.click("#lookup-submit");
      assertEquals(bSays, adminA.visible("#candidate-fingerprint").getText());
      adminA.screenshots("admin-peer-confirm");
      adminA.click("#confirm-submit");
      adminA.visible("#notice");
      adminA.waitForText("#outgoing", "Hillside Hearth");

      // B sees the request with A's fingerprint, compares it with what A reads out, approves.
      adminB.open("/admin/federation");
      adminB.waitForText("#incoming", "Lakeside Hearth");
      assertTrue(adminB.text("#incoming").contains(aSays), "A's fingerprint is shown to compare");
      adminB.screenshots("admin-peer-incoming");
      adminB.click("#incoming button.approve");
      adminB.waitForText("#peers", "Lakeside Hearth");

      // Each side's directory and Get help now page show the other's group and crisis line.
      awaitOnPage(adminA, "/groups", ".group-list", "Hillside circle");
      awaitOnPage(adminA, "/help?country=KE", "main", "Hillside night line");
      awaitOnPage(adminB, "/groups", ".group-list", "Lakeside circle");
      awaitOnPage(adminB, "/help?country=KE", "main", "Lakeside night line");
      adminA.screenshots("peered-directory");

      // The console shows the peer active with its feeds' sync status.
      adminA.open("/admin/federation");
      adminA.waitForText("#peers", "Hillside Hearth");
      awaitOnPage(adminA, "/admin/federation", "#peers tr[data-feed='directory'] .entries", "1");
      adminA.screenshots("admin-federation");
      adminA.assertOnlyOwnOriginAndNoCspViolations();
      adminB.assertOnlyOwnOriginAndNoCspViolations();
    }
  }

  /** Registers this browser's admin key with the server's setup code, as a new admin would. */
  static void register(Browser admin, HearthServer hearth) {
    String code;
    try {
      code = Files.readString(hearth.dataDir().resolve("admin-setup-code")).trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    admin.open("/admin/sign-in");
    admin.type("#setup-code", code);
    admin.click("#setup-submit");
    admin.visible("#counts");
  }

  static void createGroup(Browser admin, String name) {
    admin.open("/admin/groups");
    admin.type("#group-name", name);
    admin.type("#group-description", "A small circle that meets in the evening.");
    admin.type("#group-language", "en");
    admin.type("#group-guidelines", "Be kind. What is said here stays here.");
    admin.click("#group-submit");
    admin.waitForText("#group-created", name);
  }

  static void createCrisisLine(Browser admin, String name) {
    admin.open("/admin/resources/new");
    admin.type("#resource-name", name);
    admin.type("#resource-description", "Someone to talk to, day and night.");
    admin.type("#resource-areas", "KE");
    admin.type("#resource-languages", "sw, en");
    admin.type("#resource-phone", "+254 700 000 111");
    admin.type("#resource-verifiedBy", "Test team");
    admin.click("#resource-submit");
    admin.waitForText("#admin-resources", name);
  }

  /** Reloads {@code path} until {@code css} shows {@code text} (peers sync within seconds). */
  static void awaitOnPage(Browser browser, String path, String css, String text) {
    browser.await(
        d -> {
          browser.open(path);
          return browser.find(css).getText().contains(text);
        });
  }
}
