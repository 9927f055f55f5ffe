package org.hearth.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.hearth.server.testing.Http;
import org.hearth.server.testing.Instance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The home and help pages in both themes: the default server (calm theme, H2) and a second one
 * configured for the high-contrast theme on PostgreSQL.
 */
@ExtendWith(HearthServers.class)
class PagesIT {

  @Test
  void homeAndHelpRenderInBothThemesWithSecurityHeaders(
      @Instance HearthServer calm,
      @Instance(value = "contrast", postgres = true, env = "HEARTH_THEME=contrast")
          HearthServer contrast) {
    for (Map.Entry<String, HearthServer> entry :
        Map.of("calm", calm, "contrast", contrast).entrySet()) {
      for (String path : List.of("/", "/help", "/help?country=US", "/groups")) {
        HttpResponse<String> page = Http.get(entry.getValue().uri(path));
        assertEquals(200, page.statusCode(), path);
        assertEquals(
            "text/html;charset=UTF-8",
            page.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        assertSecurityHeaders(page);
        assertTrue(page.body().contains("/assets/" + entry.getKey() + "/theme.css"), path);
        assertTrue(page.body().contains("href=\"/help\""), "Get help now link on " + path);
        assertFalse(page.body().contains("??"), "a text is missing from the bundles on " + path);
        assertFalse(page.body().contains("<script>"), "inline script on " + path);
        assertFalse(page.body().contains("style=\""), "inline style on " + path);
      }
      HttpResponse<String> css =
          Http.get(entry.getValue().uri("/assets/" + entry.getKey() + "/theme.css"));
      assertEquals(200, css.statusCode());
      assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
      assertTrue(css.body().contains("prefers-color-scheme"));
    }
  }

  @Test
  void helpListsTheSeededCrisisLinesForTheChosenCountry(@Instance HearthServer hearth) {
    String us = Http.get(hearth.uri("/help?country=us")).body();
    assertTrue(us.contains("988 Suicide &amp; Crisis Lifeline"));
    assertTrue(us.contains("href=\"tel:988\""));
    assertTrue(us.contains("Text HOME to 741741"));
    assertTrue(us.contains("call your local emergency number"));

    String uganda = Http.get(hearth.uri("/help?country=UG")).body();
    assertTrue(uganda.contains("Butabika National Referral Mental Hospital"));
    assertTrue(uganda.contains("Not yet verified"));
    assertFalse(uganda.contains("tel:"), "no contact is invented for unverified entries");
    assertFalse(uganda.contains("988"));
  }

  @Test
  void anInvalidCountryIsExplainedNotFatal(@Instance HearthServer hearth) {
    HttpResponse<String> page = Http.get(hearth.uri("/help?country=%3Cscript%3E"));
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Choose a country from the list."));
    assertFalse(page.body().contains("<script>"));
  }

  @Test
  void themeAssetsCannotEscapeTheirFolder(@Instance HearthServer hearth) {
    // The container refuses an encoded slash itself (400) and its error page answers; either way
    // nothing outside the theme folder is served.
    HttpResponse<String> escape = Http.get(hearth.uri("/assets/calm/..%2F..%2Fweb.xml"));
    assertTrue(List.of(400, 404).contains(escape.statusCode()), "status " + escape.statusCode());
    assertFalse(escape.body().contains("web-app"), "web.xml was served");
    assertEquals(404, Http.get(hearth.uri("/assets/calm/missing.css")).statusCode());
  }

  static void assertSecurityHeaders(HttpResponse<String> page) {
    String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("default-src 'self'"), csp);
    assertTrue(csp.contains("frame-ancestors 'none'"), csp);
    assertFalse(csp.contains("unsafe-inline"), csp);
    assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertTrue(
        page.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
        "pages create no server session");
  }
}
