package org.hearth.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** RFC 8037 appendix A: the Ed25519 JWK, its RFC 7638 thumbprint and a signature. */
class Ed25519PublicKeyTest {
  private static final Base64.Decoder B64URL = Base64.getUrlDecoder();

  private static final String D = "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A";
  private static final String X = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo";
  private static final String SIGNING_INPUT =
      "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc";
  private static final String SIGNATURE =
      "hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";

  @Test
  void derivesThePublicKeyOfAppendixA1() {
    Ed25519KeyPair pair = Ed25519KeyPair.fromSeed(B64URL.decode(D));
    assertEquals(X, pair.publicKey().x());
  }

  @Test
  void thumbprintMatchesAppendixA3() {
    Ed25519PublicKey key = Ed25519PublicKey.of(B64URL.decode(X));
    assertEquals("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k", key.thumbprint().value());
  }

  @Test
  void signatureMatchesAppendixA4AndVerifies() {
    Ed25519KeyPair pair = Ed25519KeyPair.fromSeed(B64URL.decode(D));
    byte[] input = SIGNING_INPUT.getBytes(StandardCharsets.US_ASCII);
    byte[] signature = pair.sign(input);
    assertArrayEquals(B64URL.decode(SIGNATURE), signature);
    assertTrue(pair.publicKey().verify(input, signature));
    signature[0] ^= 1;
    assertFalse(pair.publicKey().verify(input, signature));
  }

  @Test
  void refusesBytesThatAreNotAKey() {
    assertThrows(IllegalArgumentException.class, () -> Ed25519PublicKey.of(new byte[31]));
  }

  @Test
  void keyPairNeverPrintsItsSeed() {
    Ed25519KeyPair pair = Ed25519KeyPair.fromSeed(B64URL.decode(D));
    assertFalse(pair.toString().contains(D));
  }
}
