package org.hearth.crypto.jose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.hearth.crypto.VerificationException;

/**
 * Fuzzes {@link SignedDocumentIn#parse} and {@link SignedDocumentIn#verify}: any input either
 * verifies as the expected key's document or is refused with {@link VerificationException}.
 */
class SignedDocumentFuzzTest {
  private static final DocumentType TYPE = new DocumentType("hearth-instance+jws");

  @FuzzTest(maxDuration = "20s")
  void verifyRefusesOrYieldsTheSignersDocument(FuzzedDataProvider data) {
    String jws =
        JoseFuzzTargets.input(
            data,
            JoseFuzzTargets.KEY::sign,
            "{\"alg\":\"EdDSA\",\"kid\":\""
                + JoseFuzzTargets.KEY.publicKey().thumbprint()
                + "\",\"typ\":\"hearth-instance+jws\"}",
            FuzzedDataProvider::consumeRemainingAsString);
    try {
      VerifiedDocument doc =
          SignedDocumentIn.parse(jws).verify(JoseFuzzTargets.KEY.publicKey(), TYPE);
      assertEquals(JoseFuzzTargets.KEY.publicKey().thumbprint(), doc.signer());
    } catch (VerificationException refused) {
      assertNotNull(refused.reason());
    }
  }
}
