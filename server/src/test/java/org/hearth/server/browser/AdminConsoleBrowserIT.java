package org.hearth.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.hearth.server.testing.Instance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The admin console in real Chromium: a new admin registers this browser's key with the one-time
 * setup code, creates a group from the console, signs out and back in with the same key. This
 * instance uses the contrast theme (the peering test uses the default one).
 */
@ExtendWith(HearthServers.class)
class AdminConsoleBrowserIT {

  @Test
  void aNewAdminSignsInWithTheSetupCodeAndCreatesAGroup(
      @Instance(value = "admin-console", env = "HEARTH_THEME=contrast") HearthServer hearth)
      throws IOException {
    String code = Files.readString(hearth.dataDir().resolve("admin-setup-code")).trim();
    try (Browser admin = new Browser(hearth, "console-admin")) {
      admin.open("/admin");
      admin.await(ExpectedConditions.urlContains("/admin/sign-in"));
      admin.await(d -> !admin.text("#admin-fingerprint").isBlank());
      String fingerprint = admin.text("#admin-fingerprint");
      assertTrue(fingerprint.matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){5}"), fingerprint);

      // A wrong code is refused next to the field, and what was typed stays.
      admin.type("#setup-code", "not-the-code");
      admin.click("#setup-submit");
      admin.visible("#setup-code-error");
      assertEquals("not-the-code", admin.find("#setup-code").getAttribute("value"));
      assertEquals("true", admin.find("#setup-code").getAttribute("aria-invalid"));

      admin.type("#setup-code", code);
      admin.click("#setup-submit");
      admin.visible("#counts");
      assertTrue(admin.text("#admin-keys").contains(fingerprint), "the new key is an admin key");
      admin.screenshots("admin-overview");

      // A group with a missing field keeps what was typed and says what is wrong.
      admin.open("/admin/groups");
      admin.type("#group-name", "Evening circle");
      admin.type("#group-language", "en");
      admin.type("#group-guidelines", "Be kind. What is said here stays here.");
      admin.click("#group-submit");
      admin.visible("#group-description-error");
      assertEquals("Evening circle", admin.find("#group-name").getAttribute("value"));
      assertEquals(
          "Be kind. What is said here stays here.",
          admin.find("#group-guidelines").getAttribute("value"));
      admin.type("#group-description", "A calm place to talk after work.");
      admin.click("#group-submit");
      admin.waitForText("#group-created", "Evening circle");
      admin.waitForText("#admin-groups", "Evening circle");
      admin.screenshots("admin-groups");

      admin.open("/groups");
      admin.waitForText(".group-list", "Evening circle");

      // Signed out, the console sends to sign-in; the key kept in the browser signs in again.
      admin.open("/admin");
      admin.click("#sign-out");
      admin.await(ExpectedConditions.urlContains("/admin/sign-in"));
      admin.open("/admin/groups");
      admin.await(ExpectedConditions.urlContains("/admin/sign-in"));
      admin.click("#admin-sign-in");
      admin.visible("#counts");
      admin.assertOnlyOwnOriginAndNoCspViolations();
    }
    assertFalse(Files.exists(hearth.dataDir().resolve("admin-setup-code")), "the code is used up");
  }
}
