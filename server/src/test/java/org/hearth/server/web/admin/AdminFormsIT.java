package org.hearth.server.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.Fingerprint;
import org.hearth.server.testing.Admins;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.hearth.server.testing.Instance;
import org.hearth.server.testing.Members;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The console's forms over plain HTTP, as a browser without JavaScript sends them: the session
 * cookie is needed, CSRF is checked, and wrong input comes back next to its field with what was
 * typed, with nothing written.
 */
@ExtendWith(HearthServers.class)
class AdminFormsIT {
  static final String LOOPBACK = "HEARTH_FEDERATION_ALLOW_LOOPBACK_HTTP=true";

  @Test
  void theConsoleNeedsAnAdminSessionAndCsrf(
      @Instance(value = "admin-forms", env = LOOPBACK) HearthServer hearth) {
    ConsoleClient anonymous = new ConsoleClient(hearth);
    HttpResponse<String> page = anonymous.get("/admin/resources");
    assertEquals(303, page.statusCode());
    assertTrue(page.headers().firstValue("Location").orElse("").endsWith("/admin/sign-in"));

    // A token that is not an admin session is refused with a message on the sign-in page.
    anonymous.get("/admin/sign-in");
    HttpResponse<String> refused = anonymous.post("/admin/session", Map.of("token", "a.b.c"));
    assertEquals(200, refused.statusCode());
    assertTrue(refused.body().contains("id=\"session-error\""), refused.body());
    assertEquals(303, anonymous.get("/admin").statusCode());

    ConsoleClient admin = new ConsoleClient(hearth).signIn(Admins.token(hearth));
    assertEquals(200, admin.get("/admin").statusCode());
    HttpResponse<String> noToken =
        admin.postRaw("/admin/resources", resource("Forged line", "KE", "sw"));
    assertEquals(403, noToken.statusCode());
    assertFalse(admin.get("/admin/resources").body().contains("Forged line"));
  }

  @Test
  void aBadPeerAddressIsShownNextToTheFieldAndKept(
      @Instance(value = "admin-forms", env = LOOPBACK) HearthServer hearth) {
    ConsoleClient admin = new ConsoleClient(hearth).signIn(Admins.token(hearth));
    admin.get("/admin/federation");

    HttpResponse<String> notUrl =
        admin.post("/admin/federation/lookup", Map.of("baseUrl", "hearth at the clinic"));
    assertEquals(200, notUrl.statusCode());
    assertTrue(notUrl.body().contains("id=\"baseUrl-error\""), notUrl.body());
    assertTrue(notUrl.body().contains("value=\"hearth at the clinic\""));
    assertTrue(notUrl.body().contains("aria-invalid=\"true\""));

    HttpResponse<String> nobody =
        admin.post("/admin/federation/lookup", Map.of("baseUrl", "http://127.0.0.1:9"));
    assertEquals(200, nobody.statusCode());
    assertTrue(nobody.body().contains("could not be reached"), nobody.body());
    assertTrue(nobody.body().contains("value=\"http://127.0.0.1:9\""));
  }

  @Test
  void badResourceFieldsKeepWhatWasTypedAndWriteNothing(
      @Instance(value = "admin-forms", env = LOOPBACK) HearthServer hearth) {
    ConsoleClient admin = new ConsoleClient(hearth).signIn(Admins.token(hearth));
    admin.get("/admin/resources/new");

    Map<String, String> bad = resource("Nairobi night line", "Kenya", "sw");
    bad.put("phone", "call us");
    bad.put("url", "http://plain.example");
    HttpResponse<String> r = admin.post("/admin/resources", bad);
    assertEquals(200, r.statusCode());
    for (String field : new String[] {"areas", "phone", "url"}) {
      assertTrue(r.body().contains("id=\"resource-" + field + "-error\""), field);
    }
    assertFalse(r.body().contains("id=\"resource-name-error\""));
    assertTrue(r.body().contains("value=\"Kenya\""));
    assertTrue(r.body().contains("value=\"call us\""));
    assertTrue(r.body().contains("value=\"Nairobi night line\""));

    // A rule between fields (schedule needs a real time zone) also lands next to its field.
    Map<String, String> zone = resource("Nairobi night line", "KE", "sw");
    zone.remove("open24x7");
    zone.put("schedule", "Mo-Fr 18:00-22:00");
    zone.put("timeZone", "Mars/Olympus");
    HttpResponse<String> z = admin.post("/admin/resources", zone);
    assertTrue(z.body().contains("id=\"resource-timeZone-error\""), z.body());
    assertTrue(z.body().contains("value=\"Mars/Olympus\""));
    assertFalse(admin.get("/admin/resources").body().contains("Nairobi night line"));

    zone.put("timeZone", "Africa/Nairobi");
    admin.get("/admin/resources/new");
    HttpResponse<String> saved = admin.post("/admin/resources", zone);
    assertEquals(303, saved.statusCode(), saved.body());
    assertTrue(admin.get("/admin/resources").body().contains("Nairobi night line"));
  }

  @Test
  void anotherAdminIsAddedByPublicKeyAndRevoked(
      @Instance(value = "admin-forms", env = LOOPBACK) HearthServer hearth) {
    ConsoleClient admin = new ConsoleClient(hearth).signIn(Admins.token(hearth));
    admin.get("/admin");
    HttpResponse<String> garbled = admin.post("/admin/keys", Map.of("publicKey", "{half a key"));
    assertTrue(garbled.body().contains("id=\"publicKey-error\""), garbled.body());
    assertTrue(garbled.body().contains("{half a key</textarea>"));

    Ed25519KeyPair other = Ed25519KeyPair.generate();
    HttpResponse<String> added =
        admin.post("/admin/keys", Map.of("publicKey", other.publicKey().toJwkJson()));
    assertTrue(added.body().contains(Fingerprint.of(other.publicKey()).value()), added.body());
    ConsoleClient second = new ConsoleClient(hearth).signIn(Members.signIn(hearth, other));
    assertEquals(200, second.get("/admin/settings").statusCode());

    admin.get("/admin");
    HttpResponse<String> revoked =
        admin.post("/admin/keys/" + other.publicKey().thumbprint().value() + "/revoke", Map.of());
    assertEquals(303, revoked.statusCode(), revoked.body());
    assertEquals(303, second.get("/admin/settings").statusCode(), "a revoked key is signed out");
  }

  private static Map<String, String> resource(String name, String areas, String languages) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("kind", "CRISIS_LINE");
    form.put("name", name);
    form.put("description", "Someone to talk to at night.");
    form.put("areas", areas);
    form.put("languages", languages);
    form.put("phone", "+254 700 000 000");
    form.put("open24x7", "on");
    form.put("cost", "FREE");
    form.put("verifiedBy", "Hearth test team");
    form.put("position", "10");
    return form;
  }
}
