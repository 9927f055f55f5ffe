package org.hearth.bench.xmpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StanzasTest {
  @Test
  void escapesTheFiveEntities() {
    assertEquals("a&amp;b&lt;c&gt;d&apos;e&quot;", Stanzas.escape("a&b<c>d'e\""));
  }

  @Test
  void aGroupMessageReadsBackWithItsBodyAndAttributes() throws IOException {
    String body = "m3.1;<&>'\"";
    String xml =
        "<stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>"
            + Stanzas.groupMessage("room@conference.localhost", "m3.1", body);
    StanzaReader reader = reader(xml);
    reader.streamHeader();
    Element message = reader.next();
    assertEquals("message", message.name());
    assertEquals("groupchat", message.attribute("type"));
    assertEquals("room@conference.localhost", message.attribute("to"));
    assertEquals(body, message.child("body").orElseThrow().text());
  }

  @Test
  void theJoinGoesToTheOccupantAddressAndAsksForNoHistory() throws IOException {
    StanzaReader reader =
        reader(Stanzas.streamHeader("localhost") + Stanzas.join("r@muc.localhost", "m1"));
    reader.streamHeader();
    Element presence = reader.next();
    assertEquals("r@muc.localhost/m1", presence.attribute("to"));
    assertTrue(presence.hasDescendant("history", "maxstanzas", "0"));
  }

  @Test
  void featuresAndSelfPresenceAreRecognised() throws IOException {
    String xml =
        Stanzas.streamHeader("localhost").replace(" to=", " from=")
            + "<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
            + "<mechanism>PLAIN</mechanism><mechanism>ANONYMOUS</mechanism></mechanisms>"
            + "</stream:features>"
            + "<presence from='r@muc.localhost/m1'><x xmlns='http://jabber.org/protocol/muc#user'>"
            + "<item role='participant'/><status code='110'/></x></presence>";
    StanzaReader reader = reader(xml);
    assertEquals("localhost", reader.streamHeader().attribute("from"));
    Element features = reader.next();
    assertEquals(2, features.child("mechanisms").orElseThrow().children().size());
    Element presence = reader.next();
    assertTrue(presence.hasDescendant("status", "code", "110"));
  }

  @Test
  void theEndOfTheStreamIsAnError() throws IOException {
    StanzaReader reader = reader(Stanzas.streamHeader("localhost") + Stanzas.streamEnd());
    reader.streamHeader();
    org.junit.jupiter.api.Assertions.assertThrows(IOException.class, reader::next);
  }

  @Test
  void bodiesArePaddedToThePayloadAfterTheirKey() {
    String body = XmppMember.body("m12.7", 200);
    assertEquals(200, body.getBytes(StandardCharsets.UTF_8).length);
    assertTrue(body.startsWith("m12.7;"));
  }

  private static StanzaReader reader(String xml) throws IOException {
    return new StanzaReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
