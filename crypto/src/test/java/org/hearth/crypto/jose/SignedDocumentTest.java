package org.hearth.crypto.jose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.Ed25519Signer;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.Ed25519PublicKey;
import org.hearth.crypto.VerificationException;
import org.hearth.crypto.VerificationException.Reason;
import org.junit.jupiter.api.Test;

class SignedDocumentTest {
  private static final DocumentType INSTANCE_DOC = new DocumentType("hearth-instance+jws");
  private static final byte[] PAYLOAD =
      "{\"name\":\"Hearth Example\"}".getBytes(StandardCharsets.UTF_8);

  private final Ed25519KeyPair key = Ed25519KeyPair.generate();
  private final DocumentSigner signer = new DocumentSigner(key);

  @Test
  void signedDocumentVerifiesWithTheSignersKey() throws Exception {
    String jws = signer.sign(INSTANCE_DOC, PAYLOAD);
    SignedDocumentIn in = SignedDocumentIn.parse(jws);
    assertEquals(key.publicKey().thumbprint(), in.claimedSigner());
    VerifiedDocument doc = in.verify(key.publicKey(), INSTANCE_DOC);
    assertArrayEquals(PAYLOAD, doc.payload());
    assertEquals(key.publicKey().thumbprint(), doc.signer());
    VerifiedDocument viaLookup =
        in.verify(
            t -> t.equals(signer.keyId()) ? Optional.of(key.publicKey()) : Optional.empty(),
            INSTANCE_DOC);
    assertEquals(doc.signer(), viaLookup.signer());
  }

  @Test
  void interoperatesWithNimbusOwnEd25519() throws Exception {
    OctetKeyPair jwk =
        OctetKeyPair.parse(
            "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\""
                + key.publicKey().x()
                + "\",\"d\":\""
                + Base64URL.encode(key.seed())
                + "\"}");
    JWSObject ours = JWSObject.parse(signer.sign(INSTANCE_DOC, PAYLOAD));
    assertTrue(ours.verify(new Ed25519Verifier(jwk.toPublicJWK())));

    JWSObject theirs =
        new JWSObject(
            new JWSHeader.Builder(JWSAlgorithm.EdDSA)
                .keyID(signer.keyId().value())
                .type(new JOSEObjectType(INSTANCE_DOC.value()))
                .build(),
            new Payload(PAYLOAD));
    theirs.sign(new Ed25519Signer(jwk));
    assertArrayEquals(
        PAYLOAD,
        SignedDocumentIn.parse(theirs.serialize()).verify(key.publicKey(), INSTANCE_DOC).payload());
  }

  @Test
  void refusesAnotherKeyEvenWithAForgedKid() throws Exception {
    Ed25519KeyPair mallory = Ed25519KeyPair.generate();
    String byMallory = new DocumentSigner(mallory).sign(INSTANCE_DOC, PAYLOAD);
    assertReason(Reason.WRONG_KEY, byMallory, key.publicKey());

    JWSObject forged =
        new JWSObject(
            new JWSHeader.Builder(JWSAlgorithm.EdDSA)
                .keyID(signer.keyId().value())
                .type(new JOSEObjectType(INSTANCE_DOC.value()))
                .build(),
            new Payload(PAYLOAD));
    forged.sign(EdDsaJws.signer(mallory));
    assertReason(Reason.BAD_SIGNATURE, forged.serialize(), key.publicKey());
  }

  @Test
  void refusesAnotherDocumentType() throws Exception {
    String feed = signer.sign(new DocumentType("hearth-feed+jws"), PAYLOAD);
    assertReason(Reason.UNSUPPORTED, feed, key.publicKey());
  }

  @Test
  void refusesNoneHmacConfusionCritAndEmbeddedKeys() throws Exception {
    String[] parts = signer.sign(INSTANCE_DOC, PAYLOAD).split("\\.");
    String kid = signer.keyId().value();
    String none =
        header("{\"alg\":\"none\",\"kid\":\"" + kid + "\",\"typ\":\"hearth-instance+jws\"}");
    assertParseRefused(none + "." + parts[1] + ".");
    assertParseRefused(none + "." + parts[1] + "." + parts[2]);

    // HS256 keyed with the public key bytes: the classic confusion attack.
    JWSObject hs =
        new JWSObject(
            new JWSHeader.Builder(JWSAlgorithm.HS256)
                .keyID(kid)
                .type(new JOSEObjectType(INSTANCE_DOC.value()))
                .build(),
            new Payload(PAYLOAD));
    hs.sign(new MACSigner(key.publicKey().toJwkJson().repeat(2).getBytes(StandardCharsets.UTF_8)));
    assertParseRefused(hs.serialize());

    String crit =
        header(
            "{\"alg\":\"EdDSA\",\"kid\":\""
                + kid
                + "\",\"typ\":\"hearth-instance+jws\",\"crit\":[\"b64\"],\"b64\":false}");
    assertParseRefused(crit + "." + parts[1] + "." + parts[2]);
    String jwk =
        header(
            "{\"alg\":\"EdDSA\",\"kid\":\""
                + kid
                + "\",\"typ\":\"hearth-instance+jws\",\"jwk\":"
                + key.publicKey().toJwkJson()
                + "}");
    assertParseRefused(jwk + "." + parts[1] + "." + parts[2]);
    String dup =
        header(
            "{\"alg\":\"EdDSA\",\"alg\":\"EdDSA\",\"kid\":\""
                + kid
                + "\",\"typ\":\"hearth-instance+jws\"}");
    assertParseRefused(dup + "." + parts[1] + "." + parts[2]);
  }

  @Test
  void refusesMalleatedSignaturesAndOversizeInput() throws Exception {
    String jws = signer.sign(INSTANCE_DOC, PAYLOAD);
    String[] parts = jws.split("\\.");
    byte[] sig = Base64URL.from(parts[2]).decode();
    // S + L (the group order) is the textbook malleation; RFC 8032 verifiers must refuse it.
    byte[] malleated = addGroupOrder(sig);
    assertReason(
        Reason.BAD_SIGNATURE,
        parts[0] + "." + parts[1] + "." + Base64URL.encode(malleated),
        key.publicKey());
    assertParseRefused("A".repeat(SignedDocumentIn.MAX_LENGTH + 1));
    assertParseRefused(jws + ".");
    assertParseRefused(parts[0] + "." + parts[1] + "=." + parts[2]);
  }

  private static byte[] addGroupOrder(byte[] sig) {
    byte[] l = {
      (byte) 0xed,
      (byte) 0xd3,
      (byte) 0xf5,
      0x5c,
      0x1a,
      0x63,
      0x12,
      0x58,
      (byte) 0xd6,
      (byte) 0x9c,
      (byte) 0xf7,
      (byte) 0xa2,
      (byte) 0xde,
      (byte) 0xf9,
      (byte) 0xde,
      0x14,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0x10
    };
    byte[] out = sig.clone();
    int carry = 0;
    for (int i = 0; i < 32; i++) {
      int sum = (out[32 + i] & 0xff) + (l[i] & 0xff) + carry;
      out[32 + i] = (byte) sum;
      carry = sum >>> 8;
    }
    return out;
  }

  private static String header(String json) {
    return Base64URL.encode(json).toString();
  }

  private static void assertParseRefused(String jws) {
    VerificationException e =
        assertThrows(VerificationException.class, () -> SignedDocumentIn.parse(jws));
    assertTrue(Set.of(Reason.MALFORMED, Reason.UNSUPPORTED).contains(e.reason()), e.getMessage());
  }

  private static void assertReason(Reason reason, String jws, Ed25519PublicKey key) {
    VerificationException e =
        assertThrows(
            VerificationException.class,
            () -> SignedDocumentIn.parse(jws).verify(key, INSTANCE_DOC));
    assertEquals(reason, e.reason(), e.getMessage());
  }
}
