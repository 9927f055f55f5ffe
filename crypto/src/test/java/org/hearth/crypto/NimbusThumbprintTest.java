package org.hearth.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import org.junit.jupiter.api.Test;

/** RFC 7638 section 3.1 through Nimbus, and Nimbus agreeing with Hearth's Ed25519 thumbprints. */
class NimbusThumbprintTest {
  @Test
  void nimbusComputesTheRfc7638Section31Example() throws Exception {
    String rsa =
        "{\"kty\":\"RSA\",\"n\":\"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw\",\"e\":\"AQAB\",\"alg\":\"RS256\",\"kid\":\"2011-04-29\"}";
    assertEquals(
        "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs",
        JWK.parse(rsa).computeThumbprint().toString());
  }

  @Test
  void nimbusAgreesWithHearthOnEd25519Thumbprints() throws Exception {
    for (int i = 0; i < 20; i++) {
      Ed25519PublicKey key = Ed25519KeyPair.generate().publicKey();
      String nimbus = OctetKeyPair.parse(key.toJwkJson()).computeThumbprint().toString();
      assertEquals(nimbus, key.thumbprint().value());
    }
    Ed25519PublicKey rfc8037 =
        Ed25519PublicKey.fromJwk(
            "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo\"}");
    assertEquals(
        OctetKeyPair.parse(rfc8037.toJwkJson()).computeThumbprint().toString(),
        rfc8037.thumbprint().value());
  }
}
