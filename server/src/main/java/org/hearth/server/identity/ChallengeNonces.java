package org.hearth.server.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hearth.crypto.SignInChallenge;
import org.hearth.server.instance.InstanceSecrets;

/**
 * Nonces this instance can recognise without storing them: 16 random bytes followed by the first 16
 * bytes of HMAC-SHA256, under an instance secret, of the random bytes, the expiry and the audience.
 * Handing out a challenge therefore writes nothing; only an answered challenge is stored, to refuse
 * its second use. Every node of an instance shares the secret, so any node recognises a challenge
 * another handed out.
 *
 * <p>Thread-safe.
 */
@ApplicationScoped
class ChallengeNonces {
  private static final String SECRET = "sign-in-challenge";
  private static final int RANDOM_BYTES = 16;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject InstanceSecrets secrets;

  private volatile SecretKeySpec key;

  /** A fresh nonce for a challenge to {@code audience} that expires at {@code expiresAt}. */
  byte[] make(String audience, Instant expiresAt) {
    byte[] nonce = new byte[SignInChallenge.NONCE_LENGTH];
    RANDOM.nextBytes(nonce);
    byte[] tag = tag(nonce, audience, expiresAt);
    System.arraycopy(tag, 0, nonce, RANDOM_BYTES, nonce.length - RANDOM_BYTES);
    return nonce;
  }

  /** Whether this instance made the challenge's nonce for its audience and expiry. */
  boolean isOurs(SignInChallenge challenge) {
    byte[] nonce = challenge.nonce();
    byte[] expected = tag(nonce, challenge.audience(), challenge.expiresAt());
    return MessageDigest.isEqual(
        Arrays.copyOfRange(expected, 0, nonce.length - RANDOM_BYTES),
        Arrays.copyOfRange(nonce, RANDOM_BYTES, nonce.length));
  }

  private byte[] tag(byte[] nonce, String audience, Instant expiresAt) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key());
      mac.update(nonce, 0, RANDOM_BYTES);
      mac.update(ByteBuffer.allocate(Long.BYTES).putLong(expiresAt.getEpochSecond()).array());
      mac.update(audience.getBytes(StandardCharsets.UTF_8));
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
    }
  }

  private SecretKeySpec key() {
    SecretKeySpec current = key;
    if (current == null) {
      current = new SecretKeySpec(secrets.secret(SECRET), "HmacSHA256");
      key = current;
    }
    return current;
  }
}
