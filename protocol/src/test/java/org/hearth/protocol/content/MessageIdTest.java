package org.hearth.protocol.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageIdTest {
  private static final String HEX = "00112233445566778899aabbccddeeff";

  @Test
  void copiesItsBytesInAndOut() {
    byte[] bytes = new byte[16];
    MessageId id = new MessageId(bytes);
    bytes[0] = 1;
    id.value()[1] = 1;
    assertArrayEquals(new byte[16], id.value());
  }

  @Test
  void equalsByContent() {
    MessageId id = MessageId.fromHex(HEX);
    assertEquals(id, new MessageId(id.value()));
    assertEquals(id.hashCode(), new MessageId(id.value()).hashCode());
    assertNotEquals(id, MessageId.random());
  }

  @Test
  void hexRoundTripsInLowerCase() {
    assertEquals(HEX, MessageId.fromHex(HEX.toUpperCase()).hex());
    assertEquals("MessageId[" + HEX + "]", MessageId.fromHex(HEX).toString());
  }

  @Test
  void randomIdsDiffer() {
    assertNotEquals(MessageId.random(), MessageId.random());
  }

  @Test
  void refusesOtherLengths() {
    assertThrows(ContentFormatException.class, () -> new MessageId(new byte[15]));
    assertThrows(ContentFormatException.class, () -> new MessageId(new byte[17]));
    assertThrows(ContentFormatException.class, () -> new MessageId(null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0011", HEX + "00", "g0112233445566778899aabbccddeeff"})
  void refusesBadHex(String hex) {
    assertThrows(ContentFormatException.class, () -> MessageId.fromHex(hex));
  }
}
