package org.hearth.server.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {
  @ParameterizedTest
  @ValueSource(
      strings = {"amina@ngo.example", "a.b+notices@mail.ngo.example", "  x@y.org  ", "O'Neil@a.ke"})
  void plainAddressesAreTaken(String text) {
    EmailAddress address = EmailAddress.parse(text).orElseThrow();
    assertEquals(text.strip(), address.value());
    assertFalse(address.toString().contains("@"), "toString never shows the address");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "amina",
        "@ngo.example",
        "amina@",
        "amina@localhost",
        "amina@ngo.example.",
        "a@b@ngo.example",
        "Amina <amina@ngo.example>",
        "amina@ngo.example, other@ngo.example",
        "amina@ngo.example\r\nBcc: other@ngo.example",
        "ami na@ngo.example",
        "\"amina\"@ngo.example",
        "group:amina@ngo.example;",
        "amina@[127.0.0.1]"
      })
  void anythingElseIsRefused(String text) {
    assertTrue(EmailAddress.parse(text).isEmpty(), text);
  }

  @org.junit.jupiter.api.Test
  void lengthsAreBounded() {
    String domain = "@ngo.example";
    assertTrue(EmailAddress.parse("x".repeat(64) + domain).isPresent());
    assertTrue(EmailAddress.parse("x".repeat(65) + domain).isEmpty(), "64 before the @");
    String longDomain = "@" + "d".repeat(63) + "." + "e".repeat(63) + "." + "f".repeat(60) + ".org";
    String longest = "x".repeat(254 - longDomain.length()) + longDomain;
    assertEquals(254, longest.length());
    assertTrue(EmailAddress.parse(longest).isPresent());
    assertTrue(EmailAddress.parse("x" + longest).isEmpty(), "at most 254 characters");
    assertTrue(EmailAddress.parse(null).isEmpty());
  }
}
