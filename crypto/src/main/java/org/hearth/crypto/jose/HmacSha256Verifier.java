package org.hearth.crypto.jose;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.util.Base64URL;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Nimbus verifier for JWS {@code alg} "HS256" (RFC 7518 section 3.2) that keeps one keyed JDK
 * {@link Mac} per thread instead of looking the algorithm up on every call, since session tokens
 * are verified on every request. Tags are compared in constant time.
 *
 * <p>Thread-safe.
 */
final class HmacSha256Verifier implements JWSVerifier {
  private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.HS256);

  private final ThreadLocal<Mac> mac;
  private final JCAContext jca = new JCAContext();

  HmacSha256Verifier(byte[] secret) {
    SecretKeySpec key = new SecretKeySpec(secret, "HmacSHA256");
    this.mac =
        ThreadLocal.withInitial(
            () -> {
              try {
                Mac m = Mac.getInstance("HmacSHA256");
                m.init(key);
                return m;
              } catch (GeneralSecurityException e) {
                throw new IllegalStateException(
                    "HMAC-SHA256 is required of every Java platform", e);
              }
            });
  }

  @Override
  public boolean verify(JWSHeader header, byte[] signingInput, Base64URL signature) {
    if (!JWSAlgorithm.HS256.equals(header.getAlgorithm()) || header.getCriticalParams() != null) {
      return false;
    }
    return MessageDigest.isEqual(mac.get().doFinal(signingInput), signature.decode());
  }

  @Override
  public Set<JWSAlgorithm> supportedJWSAlgorithms() {
    return ALGORITHMS;
  }

  @Override
  public JCAContext getJCAContext() {
    return jca;
  }
}
