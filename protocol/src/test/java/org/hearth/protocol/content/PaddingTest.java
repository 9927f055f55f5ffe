package org.hearth.protocol.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PaddingTest {
  @ParameterizedTest
  @CsvSource({
    "0, 256",
    "1, 256",
    "256, 256",
    "257, 512",
    "1024, 1024",
    "1025, 2048",
    "16383, 16384",
    "16384, 16384",
    "16385, 32768",
    "32768, 32768",
    "32769, 49152"
  })
  void padsToTheSmallestBucketThatHoldsIt(int length, int bucket) {
    assertEquals(bucket, Padding.bucket(length));
  }

  @ParameterizedTest
  @ValueSource(ints = {256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 49152})
  void bucketSizes(int length) {
    assertTrue(Padding.isBucket(length));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 128, 255, 257, 768, 24576, 32767})
  void notBucketSizes(int length) {
    assertFalse(Padding.isBucket(length));
  }
}
