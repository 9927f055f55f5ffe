package org.hearth.server.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import org.hearth.crypto.Ed25519PublicKey;
import org.hearth.crypto.SignInChallenge;
import org.hearth.crypto.VerificationException;
import org.hearth.crypto.jose.SessionToken;
import org.hearth.crypto.jose.SessionTokens;
import org.hearth.server.api.ApiException;
import org.hearth.server.api.ProblemType;
import org.hearth.server.instance.InstanceSecrets;
import org.hearth.server.platform.HearthSettings;

/**
 * Challenge-response sign-in: hands out single-use challenges bound to this instance, checks the
 * signed answer and issues a short-lived session token for the key's thumbprint.
 */
@ApplicationScoped
public class SignInService {
  /** How long a challenge may be answered. */
  public static final Duration CHALLENGE_TTL = Duration.ofMinutes(5);

  /** How long a session token lasts. */
  public static final Duration SESSION_TTL = Duration.ofHours(1);

  private static final String TOKEN_SECRET = "session-token";

  @Inject HearthSettings settings;
  @Inject ChallengeRepository challenges;
  @Inject ChallengeNonces nonces;
  @Inject InstanceSecrets secrets;

  Clock clock = Clock.systemUTC();

  private volatile SessionTokens tokens;

  /**
   * A fresh challenge. Nothing is stored: its nonce carries a MAC by which this instance knows it
   * again ({@link ChallengeNonces}), so anonymous requests for challenges write nothing.
   */
  public SignInChallenge issueChallenge() {
    Instant expiresAt = clock.instant().plus(CHALLENGE_TTL).truncatedTo(ChronoUnit.SECONDS);
    String audience = audience();
    return SignInChallenge.of(audience, nonces.make(audience, expiresAt), expiresAt);
  }

  /**
   * Signs in the holder of {@code key} if {@code signature} answers an outstanding challenge of
   * this instance; the challenge is then spent.
   */
  public SessionToken signIn(String challengeText, Ed25519PublicKey key, byte[] signature) {
    SignInChallenge challenge;
    try {
      challenge = SignInChallenge.parse(challengeText);
    } catch (IllegalArgumentException e) {
      throw KeyProofs.invalid("challenge", "is not a challenge issued by this instance");
    }
    if (!nonces.isOurs(challenge)) {
      throw new ApiException(
          ProblemType.UNAUTHORIZED,
          "This challenge was not handed out by this instance; ask for a new one.");
    }
    try {
      SignInChallenge.verify(challenge, key, signature, audience(), clock);
    } catch (VerificationException e) {
      throw new ApiException(ProblemType.UNAUTHORIZED, "The signed challenge was not accepted.");
    }
    if (!spend(challenge)) {
      throw new ApiException(
          ProblemType.UNAUTHORIZED,
          "This challenge was already used or is unknown; ask for a new one.");
    }
    return tokens().issue(key.thumbprint());
  }

  private boolean spend(SignInChallenge challenge) {
    try {
      return challenges.spend(nonceKey(challenge), challenge.expiresAt().getEpochSecond());
    } catch (RuntimeException e) {
      if (ChallengeRepository.isDuplicate(e)) {
        return false;
      }
      throw e;
    }
  }

  /** Checks a session token of this instance. */
  public SessionToken verify(String token) throws VerificationException {
    return tokens().verify(token);
  }

  private SessionTokens tokens() {
    SessionTokens current = tokens;
    if (current == null) {
      current = new SessionTokens(secrets.secret(TOKEN_SECRET), audience(), clock, SESSION_TTL);
      tokens = current;
    }
    return current;
  }

  private String audience() {
    return settings.baseUrl().toString();
  }

  private static String nonceKey(SignInChallenge challenge) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(challenge.nonce());
  }
}
