package org.hearth.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Ed25519PublicKey#fromJwk} against RFC 8037 appendix A.2 and hostile variants. */
class Ed25519JwkTest {
  private static final String X = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo";

  @Test
  void readsTheKeyOfAppendixA2() {
    Ed25519PublicKey key =
        Ed25519PublicKey.fromJwk("{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"" + X + "\"}");
    assertEquals(X, key.x());
    assertEquals("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k", key.thumbprint().value());
  }

  @Test
  void roundTripsItsOwnJwkAndAllowsPublicMetadata() {
    Ed25519PublicKey key = Ed25519KeyPair.generate().publicKey();
    assertEquals(key, Ed25519PublicKey.fromJwk(key.toJwkJson()));
    String withMeta =
        "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\""
            + key.x()
            + "\",\"kid\":\"k1\",\"alg\":\"EdDSA\",\"use\":\"sig\"}";
    assertEquals(key, Ed25519PublicKey.fromJwk(withMeta));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "null",
        "[]",
        "{}",
        "{\"kty\":\"OKP\",\"crv\":\"Ed25519\"}",
        "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\""
            + X
            + "\",\"d\":\"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A\"}",
        "{\"kty\":\"EC\",\"crv\":\"Ed25519\",\"x\":\"" + X + "\"}",
        "{\"kty\":\"OKP\",\"crv\":\"X25519\",\"x\":\"" + X + "\"}",
        "{\"kty\":\"OKP\",\"crv\":\"Ed448\",\"x\":\"" + X + "\"}",
        "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"" + X + "=\"}",
        "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo\"}",
        "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURp\"}",
        "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHUR\"}",
        "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"" + X + "AA\"}",
        "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":42}",
        "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"" + X + "\",\"alg\":\"ES256\"}",
        "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"" + X + "\",\"use\":\"enc\"}",
        "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"" + X + "\",\"kid\":7}",
        "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"" + X + "\",\"x5c\":[]}",
        "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"" + X + "\",\"x\":\"" + X + "\"}",
        "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"" + X + "\"} trailing",
      })
  void refusesAnythingButAPublicEd25519Jwk(String json) {
    assertThrows(IllegalArgumentException.class, () -> Ed25519PublicKey.fromJwk(json));
  }

  @Test
  void refusesANonCanonicalPointEncoding() {
    // y = p (2^255 - 19) is not reduced: a non-canonical encoding of the point y = 0.
    String x = "7f___________________________________________w";
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Ed25519PublicKey.fromJwk("{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"" + x + "\"}"));
  }

  @Test
  void refusesOversizeInput() {
    String padded =
        "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\""
            + X
            + "\",\"kid\":\""
            + "a".repeat(1000)
            + "\"}";
    assertThrows(IllegalArgumentException.class, () -> Ed25519PublicKey.fromJwk(padded));
  }
}
