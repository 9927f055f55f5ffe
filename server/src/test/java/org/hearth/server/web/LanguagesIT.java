package org.hearth.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.hearth.server.testing.Http;
import org.hearth.server.testing.Instance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pages speak the reader's language: Accept-Language chooses it, the switcher's link (no
 * JavaScript) overrides it with a cookie and goes back to the same page, {@code <html lang>}
 * follows, error pages too, and the switcher cannot be used to leave the site.
 */
@ExtendWith(HearthServers.class)
class LanguagesIT {

  @Test
  void acceptLanguageChoosesSwahiliAndEnglishIsTheFallback(@Instance HearthServer hearth) {
    for (String path : List.of("/", "/groups", "/help", "/help?country=KE", "/device")) {
      String swahili = page(hearth, path, "sw-KE,sw;q=0.9,en;q=0.5", null).body();
      assertTrue(swahili.contains("<html lang=\"sw\""), path);
      assertTrue(swahili.contains("Pata msaada sasa"), path);
      assertFalse(swahili.contains("??"), path);
      String english = page(hearth, path, "fr-FR,de;q=0.8", null).body();
      assertTrue(english.contains("<html lang=\"en\""), path);
      assertTrue(english.contains("Get help now"), path);
    }
  }

  @Test
  void theSwitcherSetsACookieAndReturnsToThePage(@Instance HearthServer hearth) {
    String home = page(hearth, "/help?country=KE", "en", null).body();
    assertTrue(
        home.contains("href=\"/language/sw?back=%2Fhelp%3Fcountry%3DKE\""),
        "a plain link to Swahili that leads back here");
    assertTrue(home.contains("lang=\"sw\""), "each language named in itself");
    assertTrue(home.contains(">Kiswahili<"));

    HttpResponse<String> chosen =
        page(hearth, "/language/sw?back=%2Fhelp%3Fcountry%3DKE", "en", null);
    assertEquals(303, chosen.statusCode());
    assertEquals(
        hearth.uri("/help?country=KE"),
        hearth.baseUri().resolve(chosen.headers().firstValue("Location").orElseThrow()));
    String cookie = chosen.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(cookie.startsWith("hearth-lang=sw"), cookie);
    assertTrue(cookie.toLowerCase().contains("httponly"), cookie);

    String after = page(hearth, "/help?country=KE", "en", "hearth-lang=sw").body();
    assertTrue(after.contains("<html lang=\"sw\""), "the choice beats Accept-Language");
    assertTrue(after.contains("Uko hatarini sasa hivi?"));
    assertTrue(after.contains("aria-current=\"true\">Kiswahili<"), "the current one is marked");

    String back = page(hearth, "/", "sw", "hearth-lang=en").body();
    assertTrue(back.contains("<html lang=\"en\""));
  }

  @Test
  void theSwitcherNeverLeadsAwayAndRefusesUnknownLanguages(@Instance HearthServer hearth) {
    for (String away :
        List.of("https%3A%2F%2Fevil.example%2F", "%2F%2Fevil.example%2F", "%2F%5Cevil.example")) {
      HttpResponse<String> response = page(hearth, "/language/en?back=" + away, "en", null);
      assertEquals(303, response.statusCode(), away);
      assertEquals("/", response.headers().firstValue("Location").map(this::path).orElseThrow());
    }
    assertEquals(404, page(hearth, "/language/xx?back=%2F", "en", null).statusCode());
    assertFalse(
        page(hearth, "/language/xx?back=%2F", "en", null)
            .headers()
            .firstValue("Set-Cookie")
            .isPresent());
  }

  @Test
  void errorPagesSpeakTheReadersLanguage(@Instance HearthServer hearth) {
    HttpResponse<String> missing = page(hearth, "/no/such/page", "sw", null);
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains("<html lang=\"sw\""));
    assertTrue(missing.body().contains("Hakuna ukurasa kwenye anwani hii."));
    HttpResponse<String> chosen = page(hearth, "/no/such/page", "sw", "hearth-lang=en");
    assertTrue(chosen.body().contains("There is no page at this address."));
    HttpResponse<String> direct = page(hearth, "/error-page", "en", null);
    assertEquals(404, direct.statusCode());
    assertTrue(direct.body().contains("There is no page at this address."));
  }

  private String path(String location) {
    return URI.create(location).getPath();
  }

  private static HttpResponse<String> page(
      HearthServer hearth, String path, String acceptLanguage, String cookie) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(hearth.uri(path)).header("Accept-Language", acceptLanguage).GET();
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return Http.send(request.build());
  }
}
