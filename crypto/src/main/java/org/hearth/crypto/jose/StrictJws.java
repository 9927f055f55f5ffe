package org.hearth.crypto.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.util.Base64URL;
import java.text.ParseException;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Pattern;
import org.hearth.crypto.VerificationException;
import org.hearth.crypto.VerificationException.Reason;

/**
 * The gate every JWS passes before Hearth trusts a byte of it (RFC 7515 sections 3.1, 5.2 and 7.1):
 * compact serialization only, a length bound, canonical base64url in all three parts, an algorithm
 * from the caller's fixed list (never {@code none}), no {@code crit} and no header parameter
 * outside the caller's list (so no embedded {@code jwk}, {@code jku} or {@code x5c}). RFC 8725
 * sections 3.1 and 3.11 give the reasons.
 *
 * <p>Immutable and thread-safe.
 */
final class StrictJws {
  private static final Pattern PART = Pattern.compile("[A-Za-z0-9_-]*");
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

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
  JWSObject parse(String compact) throws VerificationException {
    if (compact == null || compact.length() > maxLength) {
      throw malformed("a JWS here is at most " + maxLength + " characters");
    }
    int first = compact.indexOf('.');
    int second = first < 0 ? -1 : compact.indexOf('.', first + 1);
    if (second < 0 || compact.indexOf('.', second + 1) >= 0) {
      throw malformed("a JWS here is three base64url parts joined by dots");
    }
    Base64URL header = canonical(compact.substring(0, first));
    Base64URL payload = canonical(compact.substring(first + 1, second));
    Base64URL signature = canonical(compact.substring(second + 1));
    if (header.toString().isEmpty() || signature.toString().isEmpty()) {
      throw malformed("a JWS needs a header and a signature");
    }
    JWSHeader parsed;
    try {
      parsed = JWSHeader.parse(header);
    } catch (ParseException | RuntimeException e) {
      throw malformed("the JWS header is not a JSON object with a JWS alg");
    }
    if (!algorithms.contains(parsed.getAlgorithm())) {
      throw new VerificationException(
          Reason.UNSUPPORTED, "algorithm " + parsed.getAlgorithm() + " is not accepted here");
    }
    if (parsed.getCriticalParams() != null) {
      throw new VerificationException(Reason.UNSUPPORTED, "critical header parameters refused");
    }
    for (String name : parsed.getIncludedParams()) {
      if (!"alg".equals(name) && !headerParameters.contains(name)) {
        throw new VerificationException(Reason.UNSUPPORTED, "header parameter refused: " + name);
      }
    }
    try {
      return new JWSObject(header, payload, signature);
    } catch (ParseException | RuntimeException e) {
      throw malformed("not a JWS");
    }
  }

  /**
   * Parses {@code compact} like {@link #parse} and checks its signature with {@code verifier}.
   *
   * @throws VerificationException {@code MALFORMED}, {@code UNSUPPORTED} or {@code BAD_SIGNATURE}
   */
  JWSObject verify(String compact, JWSVerifier verifier) throws VerificationException {
    JWSObject jws = parse(compact);
    checkSignature(jws, verifier);
    return jws;
  }

  /**
   * Checks the signature of a JWS this gate parsed, without changing the object's state.
   *
   * @throws VerificationException {@code BAD_SIGNATURE}
   */
  static void checkSignature(JWSObject jws, JWSVerifier verifier) throws VerificationException {
    boolean good;
    try {
      good = verifier.verify(jws.getHeader(), jws.getSigningInput(), jws.getSignature());
    } catch (JOSEException | RuntimeException e) {
      good = false;
    }
    if (!good) {
      throw new VerificationException(Reason.BAD_SIGNATURE, "the JWS signature does not verify");
    }
  }

  private static Base64URL canonical(String part) throws VerificationException {
    if (!PART.matcher(part).matches()) {
      throw malformed("a JWS part is base64url without padding");
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
    return new Base64URL(part);
  }

  private static VerificationException malformed(String message) {
    return new VerificationException(Reason.MALFORMED, message);
  }
}
