package org.hearth.protocol.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the vectors cannot say: record behaviour on the Java side. */
class ContentTest {
  private static final MessageId ID = MessageId.fromHex("00112233445566778899aabbccddeeff");
  private static final MessageId THREAD = MessageId.fromHex("a0a1a2a3a4a5a6a7a8a9aaabacadaeaf");

  @Test
  void toStringNeverShowsText() {
    Post post = new Post(ID, "Secret Name", null, "Secret title", "secret body", "secret cw");
    Reaction reaction = new Reaction(ID, "Secret Name", THREAD, "🤫");
    Retraction retraction = new Retraction(ID, "Secret Name", THREAD);
    for (Content content : new Content[] {post, reaction, retraction}) {
      assertFalse(content.toString().toLowerCase().contains("secret"), content.toString());
      assertFalse(content.toString().contains("🤫"), content.toString());
    }
    assertEquals("Post[id=00112233445566778899aabbccddeeff]", post.toString());
  }

  @Test
  void aPostWithoutThreadStartsOne() {
    assertTrue(new Post(ID, "Sam", null, "t", "b", null).startsThread());
    assertFalse(new Post(ID, "Sam", THREAD, null, "b", null).startsThread());
  }

  @Test
  void nullContentIsRefusedWithAMessage() {
    assertEquals(
        "content is missing",
        assertThrows(ContentFormatException.class, () -> ContentCodec.encode(null)).getMessage());
    assertEquals(
        "content is missing",
        assertThrows(ContentFormatException.class, () -> ContentCodec.decode(null)).getMessage());
  }
}
