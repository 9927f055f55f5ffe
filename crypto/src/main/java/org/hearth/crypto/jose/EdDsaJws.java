package org.hearth.crypto.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.util.Base64URL;
import java.util.Set;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.Ed25519PublicKey;

/**
 * Nimbus signer and verifier for JWS {@code alg} "EdDSA" with Ed25519 (RFC 8037 section 3.1),
 * backed by Hearth's Bouncy Castle Ed25519 instead of Tink: faster, and one Ed25519 implementation
 * for the whole module. Non-canonical signatures are refused (RFC 8032 section 5.1.7).
 *
 * <p>Both classes are thread-safe: they hold only immutable keys.
 */
final class EdDsaJws {
  private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.EdDSA);

  private EdDsaJws() {}

  static JWSSigner signer(Ed25519KeyPair key) {
    return new Signer(key);
  }

  static JWSVerifier verifier(Ed25519PublicKey key) {
    return new Verifier(key);
  }

  private static final class Signer implements JWSSigner {
    private final Ed25519KeyPair key;
    private final JCAContext jca = new JCAContext();

    Signer(Ed25519KeyPair key) {
      this.key = key;
    }

    @Override
    public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
      if (!JWSAlgorithm.EdDSA.equals(header.getAlgorithm())) {
        throw new JOSEException("only EdDSA is signed here");
      }
      return Base64URL.encode(key.sign(signingInput));
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

  private static final class Verifier implements JWSVerifier {
    private final Ed25519PublicKey key;
    private final JCAContext jca = new JCAContext();

    Verifier(Ed25519PublicKey key) {
      this.key = key;
    }

    @Override
    public boolean verify(JWSHeader header, byte[] signingInput, Base64URL signature) {
      return JWSAlgorithm.EdDSA.equals(header.getAlgorithm())
          && header.getCriticalParams() == null
          && key.verify(signingInput, signature.decode());
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
}
