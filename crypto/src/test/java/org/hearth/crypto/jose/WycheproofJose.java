package org.hearth.crypto.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyOperation;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import java.text.ParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearth.crypto.VerificationException;

/**
 * Wycheproof JOSE cases run through Hearth's JWS path: {@link StrictJws} (compact only, canonical
 * base64url, algorithm pinned by the key and never by the token, no {@code crit}, header limited to
 * {@code alg}, {@code kid}, {@code typ}) and then the Nimbus verifier for the key's type.
 */
public final class WycheproofJose {
  private static final int MAX_LENGTH = 1 << 16;

  /**
   * Valid JWS cases Hearth refuses on purpose, each with its reason. Hearth takes the algorithm
   * from the key it trusts, never from the token (RFC 8725 section 3.1), so a key whose {@code alg}
   * member names another algorithm than the JWS does not verify it; and a character outside the
   * base64url alphabet is refused rather than skipped (RFC 7515 sections 2 and 7.1), so every
   * signed value has exactly one encoding.
   */
  public static final Map<Integer, String> JWS_DELIBERATE =
      Map.of(
          346, "key alg PS256, JWS alg PS384 (RFC 7520 figure 20)",
          347, "key alg ES521 (not a JWS algorithm), JWS alg ES512 (RFC 7520 figure 27)",
          349, "key_ops [\"sign, verify\"] is not a registered operation: Nimbus refuses the key",
          350, "key alg PS256, JWS alg PS384 (RFC 7520 figure 20)",
          351, "key alg ES521 (not a JWS algorithm), JWS alg ES512 (RFC 7520 figure 27)",
          372, "'?' inside the header part: not base64url (RFC 7515 section 2)",
          373, "'?' inside the payload part: not base64url (RFC 7515 section 2)");

  /**
   * Invalid JWS cases no verifier can reject: their {@code jws} text is character for character the
   * one of valid tcId 357 (same key), so the file contradicts itself.
   */
  public static final Map<Integer, String> JWS_CONTRADICTORY =
      Map.of(
          367, "identical to valid tcId 357",
          370, "identical to valid tcId 357");

  /**
   * Valid key-set cases Hearth refuses on purpose: RSA keys. No Hearth protocol uses RSA, so the
   * key-set policy admits none (which also refuses the ROCA, short and e=1 RSA keys the file marks
   * invalid).
   */
  public static final Map<Integer, String> JWK_DELIBERATE =
      Map.of(5, "an RSA key: Hearth accepts no RSA keys");

  private WycheproofJose() {}

  /**
   * Verifies {@code jws} with the single key {@code jwk} (the group's key, private parts unused).
   */
  public static boolean verifyWithKey(Map<String, Object> jwk, String jws) {
    JWK key;
    try {
      key = JWK.parse(jwk);
    } catch (ParseException e) {
      return false;
    }
    return verify(key, jws);
  }

  /**
   * Verifies {@code jws} with the key its {@code kid} selects from {@code keySet}, after checking
   * the set: parseable in full, unique key ids, one key type, no RSA.
   */
  @SuppressWarnings("unchecked")
  public static boolean verifyWithKeySet(Map<String, Object> keySet, String jws) {
    JWKSet set;
    try {
      set = JWKSet.parse(keySet);
    } catch (ParseException e) {
      return false;
    }
    List<JWK> keys = set.getKeys();
    if (keys.isEmpty() || keys.size() != ((List<Object>) keySet.get("keys")).size()) {
      return false;
    }
    Set<String> kids = new HashSet<>();
    Set<KeyType> types = new HashSet<>();
    for (JWK key : keys) {
      if (key.getKeyID() != null && !kids.add(key.getKeyID())) {
        return false;
      }
      types.add(key.getKeyType());
    }
    if (types.size() != 1 || types.contains(KeyType.RSA)) {
      return false;
    }
    String kid;
    try {
      kid = JWSObject.parse(jws).getHeader().getKeyID();
    } catch (ParseException | RuntimeException e) {
      return false;
    }
    JWK selected = kid == null ? (keys.size() == 1 ? keys.get(0) : null) : set.getKeyByKeyId(kid);
    return selected != null && verify(selected, jws);
  }

  private static boolean verify(JWK key, String jws) {
    if (key.getKeyUse() != null && !KeyUse.SIGNATURE.equals(key.getKeyUse())) {
      return false;
    }
    Set<KeyOperation> ops = key.getKeyOperations();
    if (ops != null
        && (ops.contains(KeyOperation.ENCRYPT)
            || ops.contains(KeyOperation.DECRYPT)
            || ops.contains(KeyOperation.WRAP_KEY)
            || ops.contains(KeyOperation.UNWRAP_KEY))) {
      return false;
    }
    if (key.getAlgorithm() == null) {
      return false;
    }
    JWSAlgorithm alg = JWSAlgorithm.parse(key.getAlgorithm().getName());
    JWSVerifier verifier;
    try {
      verifier = verifierFor(key, alg);
    } catch (JOSEException e) {
      return false;
    }
    if (verifier == null) {
      return false;
    }
    StrictJws gate = new StrictJws(MAX_LENGTH, Set.of(alg), Set.of("kid", "typ"));
    try {
      StrictJws.Parsed parsed = gate.parse(jws);
      String kid = parsed.header().getKeyID();
      if (kid != null && key.getKeyID() != null && !kid.equals(key.getKeyID())) {
        return false;
      }
      StrictJws.checkSignature(parsed, verifier);
      return true;
    } catch (VerificationException e) {
      return false;
    }
  }

  /** The verifier for {@code alg} with {@code key}, or null if they do not belong together. */
  private static JWSVerifier verifierFor(JWK key, JWSAlgorithm alg) throws JOSEException {
    if (key instanceof OctetSequenceKey oct && JWSAlgorithm.Family.HMAC_SHA.contains(alg)) {
      // RFC 7518 section 3.2: the key is at least as long as the hash output.
      int minBytes = Integer.parseInt(alg.getName().substring(2)) / 8;
      return oct.toByteArray().length >= minBytes ? new MACVerifier(oct) : null;
    }
    if (key instanceof ECKey ec && JWSAlgorithm.Family.EC.contains(alg)) {
      Set<Curve> curves = Curve.forJWSAlgorithm(alg);
      return curves != null && curves.contains(ec.getCurve()) ? new ECDSAVerifier(ec) : null;
    }
    if (key instanceof RSAKey rsa && JWSAlgorithm.Family.RSA.contains(alg)) {
      return new RSASSAVerifier(rsa);
    }
    return null;
  }
}
