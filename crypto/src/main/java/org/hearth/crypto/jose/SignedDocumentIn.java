package org.hearth.crypto.jose;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hearth.crypto.Ed25519PublicKey;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.crypto.VerificationException;
import org.hearth.crypto.VerificationException.Reason;

/**
 * A signed document as received from the network, not yet trusted: a compact JWS (RFC 7515 section
 * 7.1) with {@code alg} "EdDSA" (RFC 8037 section 3.1) whose form was checked by {@link #parse}.
 * Its claimed signer and type serve only to look up the key; {@link #verify} is the one step that
 * yields a {@link VerifiedDocument}.
 *
 * <p>Refused: other algorithms and {@code none}, {@code crit}, any header parameter other than
 * {@code alg}, {@code kid}, {@code typ} (so no embedded keys), non-canonical base64url, JSON
 * serialization, input over {@value #MAX_LENGTH} characters, a {@code kid} that is not the expected
 * key's thumbprint, and signatures that do not verify (non-canonical Ed25519 signatures included).
 *
 * <p>Immutable and thread-safe.
 */
public final class SignedDocumentIn {
  /** Longest signed document accepted, in characters of compact serialization (1 MiB). */
  public static final int MAX_LENGTH = 1 << 20;

  private static final StrictJws GATE =
      new StrictJws(MAX_LENGTH, Set.of(JWSAlgorithm.EdDSA), Set.of("kid", "typ"));

  private final StrictJws.Parsed jws;
  private final KeyThumbprint claimedSigner;
  private final DocumentType claimedType;

  private SignedDocumentIn(
      StrictJws.Parsed jws, KeyThumbprint claimedSigner, DocumentType claimedType) {
    this.jws = jws;
    this.claimedSigner = claimedSigner;
    this.claimedType = claimedType;
  }

  /**
   * Checks the form and header of {@code compact}, not its signature.
   *
   * @throws VerificationException {@code MALFORMED} or {@code UNSUPPORTED}
   */
  public static SignedDocumentIn parse(String compact) throws VerificationException {
    StrictJws.Parsed jws = GATE.parse(compact);
    String kid = jws.header().getKeyID();
    JOSEObjectType typ = jws.header().getType();
    if (kid == null || typ == null) {
      throw new VerificationException(Reason.MALFORMED, "a signed document names kid and typ");
    }
    try {
      return new SignedDocumentIn(jws, new KeyThumbprint(kid), new DocumentType(typ.getType()));
    } catch (IllegalArgumentException e) {
      throw new VerificationException(Reason.MALFORMED, "kid or typ is malformed");
    }
  }

  /** The thumbprint the document claims for its signer: use it only to find the key. */
  public KeyThumbprint claimedSigner() {
    return claimedSigner;
  }

  /** The type the document claims: use it only to route, not to trust. */
  public DocumentType claimedType() {
    return claimedType;
  }

  /**
   * Verifies the document against the key the caller trusts for this signer and the type the caller
   * expects.
   *
   * @throws VerificationException {@code WRONG_KEY}, {@code UNSUPPORTED} (another type) or {@code
   *     BAD_SIGNATURE}
   */
  public VerifiedDocument verify(Ed25519PublicKey expectedKey, DocumentType expectedType)
      throws VerificationException {
    Objects.requireNonNull(expectedType, "expectedType");
    KeyThumbprint expected = expectedKey.thumbprint();
    if (!expected.equals(claimedSigner)) {
      throw new VerificationException(
          Reason.WRONG_KEY, "signed by " + claimedSigner + ", expected " + expected);
    }
    if (!expectedType.equals(claimedType)) {
      throw new VerificationException(
          Reason.UNSUPPORTED, "a " + claimedType + " where a " + expectedType + " was expected");
    }
    StrictJws.checkSignature(jws, EdDsaJws.verifier(expectedKey));
    return new VerifiedDocument(expected, claimedType, jws.payload());
  }

  /**
   * Verifies with the key {@code keys} returns for the claimed signer, if it knows one.
   *
   * @throws VerificationException {@code WRONG_KEY} if no trusted key matches the claimed signer
   */
  public VerifiedDocument verify(
      Function<KeyThumbprint, Optional<Ed25519PublicKey>> keys, DocumentType expectedType)
      throws VerificationException {
    Ed25519PublicKey key =
        keys.apply(claimedSigner)
            .orElseThrow(
                () ->
                    new VerificationException(Reason.WRONG_KEY, "unknown signer " + claimedSigner));
    return verify(key, expectedType);
  }
}
