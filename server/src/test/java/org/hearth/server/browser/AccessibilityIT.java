package org.hearth.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hearth.protocol.content.MessageId;
import org.hearth.protocol.content.Post;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.hearth.server.testing.Instance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;

/**
 * WCAG 2.2 AA in real Chromium: axe-core (from the webclient's npm dependencies, injected from
 * disk, never a CDN) finds no violation on any page, at phone and desktop width, in both themes and
 * both languages; and the chat works with the keyboard alone. The results table is printed and
 * saved as {@code target/axe-results.txt}. To cover a new page, add it to {@link #PAGES}.
 */
@ExtendWith(HearthServers.class)
class AccessibilityIT {
  static final Path AXE =
      Path.of(System.getProperty("hearth.axe", "../webclient/node_modules/axe-core/axe.min.js"));
  static final List<String> WCAG =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

  /** Phone and desktop width in the light colour scheme, and desktop width in the dark one. */
  static final List<View> VIEWS =
      List.of(new View(360, "light"), new View(1280, "light"), new View(1280, "dark"));

  record View(int width, String scheme) {}

  /**
   * A page to check: its name, its path ({@code {group}} = a group's id, {@code {member-group}} =
   * one the browser is a member of), what shows when it is ready, and what to do on it first.
   */
  record Page(String name, String path, String waitFor, Consumer<Browser> then) {
    Page(String name, String path, String waitFor) {
      this(name, path, waitFor, browser -> {});
    }
  }

  static final List<Page> PAGES =
      List.of(
          new Page("home", "/", "main"),
          new Page("directory", "/groups", "main"),
          new Page("directory-empty", "/groups?topic=nothing-like-this", "main"),
          new Page("group", "/groups/{group}", "main"),
          new Page("help", "/help", "main"),
          new Page("help-country", "/help?country=KE", "main"),
          new Page("help-invalid", "/help?country=ZZZ", "#country-error"),
          new Page("chat-join", "/groups/{group}/chat", "#join"),
          new Page("chat-member", "/groups/{member-group}/chat", "#chat"),
          new Page(
              "chat-cw-open",
              "/groups/{member-group}/chat",
              "#chat",
              b -> {
                b.visible("#threads button[aria-expanded='false']").click();
                b.waitForText("#threads", "Evenings are hard.");
              }),
          new Page(
              "chat-crisis-panel",
              "/groups/{member-group}/chat",
              "#chat",
              b -> {
                b.type("#thread-title", "Tonight");
                b.type("#thread-body", "I want to end my life.");
                b.click("#new-thread button[type=submit]");
                b.visible("#crisis-check");
              }),
          new Page("device", "/device", "#preferences-form"),
          new Page("privacy", "/privacy", "main"),
          new Page("error-404", "/no/such/page", "main"));

  /** The admin console, checked on a fresh instance whose admin signs in in the browser. */
  static final List<Page> ADMIN_PAGES =
      List.of(
          new Page("admin-overview", "/admin", "#counts"),
          new Page("admin-groups", "/admin/groups", "main"),
          new Page("admin-resources", "/admin/resources", "main"),
          new Page("admin-resource-new", "/admin/resources/new", "#resource-name"),
          new Page("admin-reports", "/admin/reports", "main"),
          new Page("admin-federation", "/admin/federation", "main"),
          new Page("admin-settings", "/admin/settings", "main"));

  @Test
  void noViolationsOnAnyPageInEitherTheme(
      @Instance HearthServer calm,
      @Instance(value = "contrast-browser", env = "HEARTH_THEME=contrast") HearthServer contrast)
      throws IOException {
    String axe = Files.readString(AXE);
    List<String> table = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, HearthServer> theme :
        Map.of("calm", calm, "contrast", contrast).entrySet()) {
      HearthServer hearth = theme.getValue();
      JavaMember facilitator =
          JavaMember.facilitatorOfNewGroup(hearth, "Axe " + theme.getKey(), "OPEN");
      JavaMember memberGroup = JavaMember.facilitatorOfNewGroup(hearth, "Axe chat", "OPEN");
      try (Browser browser = new Browser(hearth, "axe-" + theme.getKey())) {
        browser.joinOpenGroup(memberGroup.groupId, "Ash");
        memberGroup.catchUp();
        memberGroup.send(
            new Post(MessageId.random(), "Kim", null, "Evenings", "Evenings are hard.", "loss"));
        browser.waitForText("#threads", "loss");
        for (String language : List.of("en", "sw")) {
          browser.open("/language/" + language + "?back=%2F");
          for (Page page : PAGES) {
            String path =
                page.path()
                    .replace("{group}", facilitator.groupId)
                    .replace("{member-group}", memberGroup.groupId);
            check(browser, axe, page, path, theme.getKey() + " " + language, table, failures);
          }
        }
        // The check itself works: a picture without a text alternative is found.
        browser.open("/");
        browser.script(
            "const img = document.createElement('img'); img.src = arguments[0];"
                + " document.querySelector('main').append(img);",
            "/assets/" + theme.getKey() + "/logo.svg");
        assertTrue(
            browser.axe(axe, WCAG).stream().anyMatch(v -> v.startsWith("image-alt")),
            "axe-core reports a missing alt text");
        browser.assertOnlyOwnOriginAndNoCspViolations();
      }
    }
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "axe-results.txt"), table);
    System.out.println("axe-core results:\n" + String.join("\n", table));
    assertEquals(List.of(), failures, "axe-core violations");
    assertEquals(PAGES.size() * 2 * 2 * VIEWS.size(), table.size());
  }

  @Test
  void noViolationsInTheAdminConsoleInEitherTheme(
      @Instance("axe-admin-calm") HearthServer calm,
      @Instance(value = "axe-admin-contrast", env = "HEARTH_THEME=contrast") HearthServer contrast)
      throws IOException {
    String axe = Files.readString(AXE);
    List<String> table = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, HearthServer> theme :
        Map.of("calm", calm, "contrast", contrast).entrySet()) {
      try (Browser admin = new Browser(theme.getValue(), "axe-admin-" + theme.getKey())) {
        Page signIn = new Page("admin-sign-in", "/admin/sign-in", "#setup-code");
        check(admin, axe, signIn, signIn.path(), theme.getKey() + " en", table, failures);
        AdminPeeringBrowserIT.register(admin, theme.getValue());
        for (String language : List.of("en", "sw")) {
          admin.open("/language/" + language + "?back=%2F");
          for (Page page : ADMIN_PAGES) {
            check(admin, axe, page, page.path(), theme.getKey() + " " + language, table, failures);
          }
        }
        admin.assertOnlyOwnOriginAndNoCspViolations();
      }
    }
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "axe-results-admin.txt"), table);
    System.out.println("axe-core results, admin console:\n" + String.join("\n", table));
    assertEquals(List.of(), failures, "axe-core violations");
    assertEquals((1 + ADMIN_PAGES.size() * 2) * 2 * VIEWS.size(), table.size());
  }

  /** Opens one page and runs axe-core on it in every view, adding to the table and failures. */
  private static void check(
      Browser browser,
      String axe,
      Page page,
      String path,
      String variant,
      List<String> table,
      List<String> failures) {
    browser.open(path);
    browser.visible(page.waitFor());
    page.then().accept(browser);
    for (View view : VIEWS) {
      browser.viewport(view.width());
      browser.colorScheme(view.scheme());
      List<String> violations = browser.axe(axe, WCAG);
      String where =
          String.format(
              "%-18s %-11s %4d px %-5s", page.name(), variant, view.width(), view.scheme());
      table.add(where + " " + violations.size() + " violation(s)");
      violations.forEach(v -> failures.add(where + ": " + v));
    }
    browser.resetViewport();
    browser.colorScheme("light");
  }

  @Test
  void theChatWorksWithTheKeyboardAlone(@Instance HearthServer hearth) {
    JavaMember facilitator = JavaMember.facilitatorOfNewGroup(hearth, "Keys only", "OPEN");
    try (Browser browser = new Browser(hearth, "keyboard")) {
      browser.open("/groups/" + facilitator.groupId + "/chat");
      browser.visible("#join");
      browser.tabTo("#join-name").sendKeys("Kai");
      browser.tabTo("#join-accept").sendKeys(Keys.SPACE);
      browser.tabTo("#join-submit").sendKeys(Keys.ENTER);
      browser.visible("#chat");

      facilitator.catchUp();
      facilitator.send(
          new Post(MessageId.random(), "Kim", null, "Hard news", "My dog died today.", "loss"));
      browser.waitForText("#threads", "Content warning: loss");
      assertTrue(!browser.text("#threads").contains("My dog died"), "collapsed");
      browser.tabTo("#threads button[aria-expanded='false']").sendKeys(Keys.ENTER);
      browser.waitForText("#threads", "My dog died today.");

      browser.tabTo("#thread-title").sendKeys("Hello");
      browser.tabTo("#thread-body").sendKeys("Typed with keys only.");
      browser.tabTo("#new-thread button[type=submit]").sendKeys(Keys.ENTER);
      browser.waitForText("#threads", "Typed with keys only.");
      assertEquals("Typed with keys only.", ((Post) facilitator.catchUp().get(0).content()).body());

      browser.tabTo("#group-settings summary").sendKeys(Keys.ENTER);
      browser.tabTo("#leave").sendKeys(Keys.ENTER);
      browser.tabTo("#leave-final").sendKeys(Keys.ENTER);
      browser.waitForText("#gone-text", "You left the group");
      browser.assertOnlyOwnOriginAndNoCspViolations();
    }
  }
}
