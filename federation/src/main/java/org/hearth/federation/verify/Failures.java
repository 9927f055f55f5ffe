package org.hearth.federation.verify;

import java.util.Base64;
import org.hearth.crypto.Ed25519PublicKey;
import org.hearth.crypto.VerificationException;
import org.hearth.crypto.jose.DocumentType;
import org.hearth.crypto.jose.SignedDocumentIn;
import org.hearth.federation.FederationException;
import org.hearth.federation.FederationException.Reason;

/** Maps crypto verification failures onto federation reasons. Stateless. */
final class Failures {
  private Failures() {}

  static FederationException of(VerificationException e) {
    Reason reason =
        switch (e.reason()) {
          case MALFORMED -> Reason.MALFORMED;
          case UNSUPPORTED -> Reason.UNSUPPORTED;
          case WRONG_KEY -> Reason.WRONG_KEY;
          case WRONG_AUDIENCE -> Reason.WRONG_AUDIENCE;
          case EXPIRED, NOT_YET_VALID -> Reason.STALE;
          case BAD_SIGNATURE -> Reason.BAD_SIGNATURE;
        };
    return new FederationException(reason, e.getMessage(), e);
  }

  static SignedDocumentIn parse(String compact, int maxChars) throws FederationException {
    if (compact.length() > maxChars) {
      throw new FederationException(Reason.TOO_LARGE, "a signed document over " + maxChars);
    }
    try {
      return SignedDocumentIn.parse(compact);
    } catch (VerificationException e) {
      throw of(e);
    }
  }

  /**
   * The payload of a compact JWS that {@link #parse} accepted, unverified: only to learn which key
   * to verify it with, never to act on.
   */
  static byte[] peekPayload(String compact) {
    int first = compact.indexOf('.');
    return Base64.getUrlDecoder()
        .decode(compact.substring(first + 1, compact.indexOf('.', first + 1)));
  }

  /** Verifies {@code doc} as a {@code type} under {@code key} and returns its payload. */
  static byte[] verify(SignedDocumentIn doc, Ed25519PublicKey key, DocumentType type)
      throws FederationException {
    try {
      return doc.verify(key, type).payload();
    } catch (VerificationException e) {
      throw of(e);
    }
  }
}
