package org.hearth.protocol.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties over random contents: every content survives a round trip at the smallest bucket, and
 * changed bytes decode to another valid content or fail with {@link ContentFormatException}, never
 * with anything else. Seeded, so a failure replays.
 */
class ContentRoundTripTest {
  private static final String[] ALPHABET = {
    "a", "Z", "7", " ", "é", "ß", "Ж", "ع", "中", "😀", "𝒜", "\u200d", "\ufe0f", "!"
  };
  private static final String[] LINE_BREAKS = {"\n", "\t", "\r"};

  @Test
  void randomContentsSurviveARoundTripAtTheSmallestBucket() {
    Random random = new Random(20240901);
    for (int i = 0; i < 2_000; i++) {
      Content content = randomContent(random);
      byte[] bytes = ContentCodec.encode(content);
      assertEquals(Padding.bucket(bytes.length), bytes.length);
      assertTrue(bytes.length <= ContentCodec.MAX_PADDED_LENGTH);
      assertEquals(content, ContentCodec.decode(bytes));
    }
  }

  @Test
  void changedBytesDecodeToAValidContentOrAContentFormatException() {
    Random random = new Random(7);
    for (int i = 0; i < 10_000; i++) {
      byte[] bytes = ContentCodec.encode(randomContent(random));
      int changes = 1 + random.nextInt(3);
      for (int c = 0; c < changes; c++) {
        bytes[random.nextInt(Math.min(bytes.length, 120))] = (byte) random.nextInt(256);
      }
      try {
        assertArrayEquals(bytes, ContentCodec.encode(ContentCodec.decode(bytes)));
      } catch (ContentFormatException expected) {
        // refused with a message: what the decoder must do with bad bytes
      } catch (RuntimeException e) {
        fail("decode threw " + e + " instead of ContentFormatException", e);
      }
    }
  }

  @Test
  void randomBytesOfEveryBucketSizeAreRefusedCleanly() {
    Random random = new Random(11);
    for (int size = Padding.SMALLEST; size <= ContentCodec.MAX_PADDED_LENGTH; size *= 2) {
      for (int i = 0; i < 200; i++) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        bytes[0] = 0;
        bytes[1] = 1;
        try {
          ContentCodec.decode(bytes);
        } catch (ContentFormatException expected) {
          // refused with a message
        }
      }
    }
  }

  static Content randomContent(Random random) {
    MessageId id = randomId(random);
    String displayName = text(random, Content.MAX_DISPLAY_NAME_CHARS, false);
    double kind = random.nextDouble();
    if (kind < 0.6) {
      boolean reply = random.nextBoolean();
      return new Post(
          id,
          displayName,
          reply ? randomId(random) : null,
          reply ? null : text(random, Post.MAX_TITLE_CHARS, false),
          text(random, random.nextInt(10) == 0 ? 4_000 : 300, true),
          random.nextInt(3) == 0 ? text(random, Post.MAX_CONTENT_WARNING_CHARS, false) : null);
    }
    if (kind < 0.75) {
      return new Reaction(id, displayName, randomId(random), text(random, 4, false));
    }
    if (kind < 0.85) {
      byte[] kemOutput = new byte[PrivateReply.KEM_OUTPUT_BYTES];
      byte[] ciphertext = new byte[PrivateReply.MIN_CIPHERTEXT_BYTES + random.nextInt(600)];
      random.nextBytes(kemOutput);
      random.nextBytes(ciphertext);
      return new PrivateReply(id, displayName, kemOutput, ciphertext);
    }
    return new Retraction(id, displayName, randomId(random));
  }

  private static MessageId randomId(Random random) {
    byte[] value = new byte[MessageId.LENGTH];
    random.nextBytes(value);
    return new MessageId(value);
  }

  /** Starts with a letter so it is never blank; at most {@code maxChars} code points. */
  private static String text(Random random, int maxChars, boolean multiLine) {
    int chars = 1 + random.nextInt(maxChars);
    StringBuilder text = new StringBuilder("x");
    for (int i = 1; i < chars; i++) {
      int pick = random.nextInt(ALPHABET.length + (multiLine ? LINE_BREAKS.length : 0));
      text.append(pick < ALPHABET.length ? ALPHABET[pick] : LINE_BREAKS[pick - ALPHABET.length]);
    }
    return text.toString();
  }
}
