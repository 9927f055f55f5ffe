package org.hearth.crypto.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.Set;
import org.hearth.crypto.VerificationException;
import org.hearth.crypto.VerificationException.Reason;

/**
 * The gate every JWS passes before Hearth trusts a byte of it (RFC 7515 sections 3.1, 5.2 and 7.1):
 * compact serialization only, a length bound, canonical base64url in all three parts, an algorithm
 * from the caller's fixed list (never {@code none}), no {@code crit} and no header parameter
 * outside the caller's list (so no embedded {@code jwk}, {@code jku} or {@code x5c}). RFC 8725
 * sections 3.1 and 3.11 give the reasons. Each part is decoded once, here.
 *
 * <p>Immutable and thread-safe.
 */
final class StrictJws {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  /** A JWS whose form and header passed the gate; its signature is not checked yet. */
  record Parsed(JWSHeader header, byte[] signingInput, byte[] payload, Base64URL signature) {}

  private final int maxLength;
  private final Set<JWSAlgorithm> algorithms;
  private final Set<String> headerParameters;

  /**
   * @param maxLength the longest compact JWS accepted, in characters
   * @param algorithms the only algorithms accepted
   * @param headerParameters the only header parameter names accepted ({@code alg} is implied)
   */
  StrictJws(int maxLength, Set<JWSAlgorithm> algorithms, Set<String> headerParameters) {
    if (algorithms.isEmpty() || algorithms.stream().anyMatch(a -> "none".equals(a.getName()))) {
      throw new IllegalArgumentException("a verifier needs real algorithms");
    }
    this.maxLength = maxLength;
    this.algorithms = Set.copyOf(algorithms);
    this.headerParameters = Set.copyOf(headerParameters);
  }

  /**
   * Parses {@code compact} and checks its form and header, not its signature.
   *
   * @throws VerificationException {@code MALFORMED} or {@code UNSUPPORTED}
   */
  Parsed parse(String compact) throws VerificationException {
    if (compact == null || compact.length() > maxLength) {
      throw malformed("a JWS here is at most " + maxLength + " characters");
    }
    int first = compact.indexOf('.');
    int second = first < 0 ? -1 : compact.indexOf('.', first + 1);
    if (second < 0 || compact.indexOf('.', second + 1) >= 0) {
      throw malformed("a JWS here is three base64url parts joined by dots");
    }
    String headerPart = compact.substring(0, first);
    String signaturePart = compact.substring(second + 1);
    byte[] headerJson = canonical(headerPart);
    byte[] payload = canonical(compact.substring(first + 1, second));
    byte[] signature = canonical(signaturePart);
    if (headerJson.length == 0 || signature.length == 0) {
      throw malformed("a JWS needs a header and a signature");
    }
    JWSHeader header;
    try {
      header =
          JWSHeader.parse(
              new String(headerJson, StandardCharsets.UTF_8), new Base64URL(headerPart));
    } catch (ParseException | RuntimeException e) {
      throw malformed("the JWS header is not a JSON object with a JWS alg");
    }
    if (!algorithms.contains(header.getAlgorithm())) {
      throw new VerificationException(
          Reason.UNSUPPORTED, "algorithm " + header.getAlgorithm() + " is not accepted here");
    }
    if (header.getCriticalParams() != null) {
      throw new VerificationException(Reason.UNSUPPORTED, "critical header parameters refused");
    }
    for (String name : header.getIncludedParams()) {
      if (!"alg".equals(name) && !headerParameters.contains(name)) {
        throw new VerificationException(Reason.UNSUPPORTED, "header parameter refused: " + name);
      }
    }
    byte[] signingInput = compact.substring(0, second).getBytes(StandardCharsets.US_ASCII);
    return new Parsed(header, signingInput, payload, new Base64URL(signaturePart));
  }

  /**
   * Parses {@code compact} like {@link #parse} and checks its signature with {@code verifier}.
   *
   * @throws VerificationException {@code MALFORMED}, {@code UNSUPPORTED} or {@code BAD_SIGNATURE}
   */
  Parsed verify(String compact, JWSVerifier verifier) throws VerificationException {
    Parsed jws = parse(compact);
    checkSignature(jws, verifier);
    return jws;
  }

  /**
   * Checks the signature of a JWS this gate parsed.
   *
   * @throws VerificationException {@code BAD_SIGNATURE}
   */
  static void checkSignature(Parsed jws, JWSVerifier verifier) throws VerificationException {
    boolean good;
    try {
      good = verifier.verify(jws.header(), jws.signingInput(), jws.signature());
    } catch (JOSEException | RuntimeException e) {
      good = false;
    }
    if (!good) {
      throw new VerificationException(Reason.BAD_SIGNATURE, "the JWS signature does not verify");
    }
  }

  private static byte[] canonical(String part) throws VerificationException {
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      boolean alphabet =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_';
      if (!alphabet) {
        throw malformed("a JWS part is base64url without padding");
      }
    }
    byte[] decoded;
    try {
      decoded = DECODER.decode(part);
    } catch (IllegalArgumentException e) {
      throw malformed("a JWS part is base64url without padding");
    }
    if (!ENCODER.encodeToString(decoded).equals(part)) {
      throw malformed("a JWS part is not canonical base64url");
    }
    return decoded;
  }

  private static VerificationException malformed(String message) {
    return new VerificationException(Reason.MALFORMED, message);
  }
}
