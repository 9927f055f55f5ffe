package org.hearth.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sign-in challenge that a device signs with its Ed25519 key (RFC 8032 section 5.1, pure) to
 * prove possession of the key behind its RFC 7638 thumbprint.
 *
 * <p>Text form, which is also exactly what is signed (US-ASCII):
 *
 * <pre>
 * hearth-sign-in-v1.&lt;base64url(audience UTF-8)&gt;.&lt;base64url(32-byte nonce)&gt;.&lt;expiry&gt;
 * </pre>
 *
 * where base64url is RFC 4648 section 5 without padding and expiry is the decimal count of seconds
 * since the epoch, without leading zeros. The fixed prefix separates this signature from every
 * other signature made with the same key: a JWS signing input starts with the base64url of a JSON
 * object ({@code eyJ}) and MLS signs a {@code "MLS 1.0 "} label, so none can be replayed as the
 * other. The audience (the instance's base URL or thumbprint) stops a challenge answered for one
 * instance from being replayed at another.
 *
 * <p><b>Single use is the server's job:</b> this class checks audience, expiry and signature, but
 * it cannot know whether a nonce was already answered. The server must accept each nonce once until
 * it expires (Hearth makes nonces it can recognise, see {@link #of}, and remembers the answered
 * ones).
 *
 * <p>Immutable and thread-safe.
 */
public final class SignInChallenge {
  /** The fixed purpose label that starts every encoded challenge. */
  public static final String PURPOSE = "hearth-sign-in-v1";

  /** Longest accepted text form, in characters. */
  public static final int MAX_ENCODED_LENGTH = 512;

  /** Longest accepted audience, in characters (printable US-ASCII only). */
  public static final int MAX_AUDIENCE_LENGTH = 256;

  /** Length of the random nonce, in bytes. */
  public static final int NONCE_LENGTH = 32;

  /** Longest lifetime {@link #issue} grants. */
  public static final Duration MAX_TTL = Duration.ofMinutes(15);

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern FORMAT =
      Pattern.compile(
          Pattern.quote(PURPOSE)
              + "\\.([A-Za-z0-9_-]{2,342})\\.([A-Za-z0-9_-]{43})\\.(0|[1-9][0-9]{0,11})");

  private final String audience;
  private final byte[] nonce;
  private final Instant expiresAt;

  private SignInChallenge(String audience, byte[] nonce, Instant expiresAt) {
    this.audience = audience;
    this.nonce = nonce;
    this.expiresAt = expiresAt;
  }

  /**
   * Makes a fresh challenge for {@code audience} that expires {@code ttl} from now, rounded down to
   * whole seconds.
   *
   * @throws IllegalArgumentException if the audience is not 1 to 256 printable US-ASCII characters
   *     or the lifetime is not positive and at most {@link #MAX_TTL}
   */
  public static SignInChallenge issue(String audience, Clock clock, Duration ttl) {
    checkAudience(audience);
    Objects.requireNonNull(clock, "clock");
    if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(MAX_TTL) > 0) {
      throw new IllegalArgumentException("a challenge lifetime is positive and at most " + MAX_TTL);
    }
    byte[] nonce = new byte[NONCE_LENGTH];
    RANDOM.nextBytes(nonce);
    return new SignInChallenge(
        audience, nonce, clock.instant().plus(ttl).truncatedTo(ChronoUnit.SECONDS));
  }

  /**
   * A challenge with a nonce the issuer made itself, for example one that carries a MAC so that the
   * issuer can recognise its own challenges without storing them.
   *
   * @throws IllegalArgumentException if the audience is not 1 to 256 printable US-ASCII characters,
   *     the nonce is not {@value #NONCE_LENGTH} bytes or the expiry is not whole seconds
   */
  public static SignInChallenge of(String audience, byte[] nonce, Instant expiresAt) {
    checkAudience(audience);
    if (nonce == null || nonce.length != NONCE_LENGTH) {
      throw new IllegalArgumentException("a nonce is " + NONCE_LENGTH + " bytes");
    }
    if (expiresAt.getNano() != 0 || expiresAt.getEpochSecond() < 0) {
      throw new IllegalArgumentException("an expiry is whole seconds since the epoch");
    }
    return new SignInChallenge(audience, nonce.clone(), expiresAt);
  }

  /**
   * Reads the text form strictly: exact prefix, canonical base64url, no leading zeros, nothing
   * before or after.
   *
   * @throws IllegalArgumentException with a plain reason if {@code text} is not a challenge
   */
  public static SignInChallenge parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > MAX_ENCODED_LENGTH) {
      throw new IllegalArgumentException("a challenge is at most " + MAX_ENCODED_LENGTH + " chars");
    }
    Matcher m = FORMAT.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a " + PURPOSE + " challenge");
    }
    String audience = new String(Base64Url.decode(m.group(1)), StandardCharsets.UTF_8);
    checkAudience(audience);
    byte[] nonce = Base64Url.decode(m.group(2));
    long seconds = Long.parseLong(m.group(3));
    return new SignInChallenge(audience, nonce, Instant.ofEpochSecond(seconds));
  }

  /**
   * Checks that {@code signature} answers {@code challenge} for this instance and that the
   * challenge is still valid. It does not check single use: see the class documentation.
   *
   * @throws VerificationException with reason {@code WRONG_AUDIENCE}, {@code EXPIRED} or {@code
   *     BAD_SIGNATURE}
   */
  public static void verify(
      SignInChallenge challenge,
      Ed25519PublicKey key,
      byte[] signature,
      String expectedAudience,
      Clock clock)
      throws VerificationException {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(signature, "signature");
    if (!challenge.audience.equals(expectedAudience)) {
      throw new VerificationException(
          VerificationException.Reason.WRONG_AUDIENCE, "the challenge is for another audience");
    }
    if (challenge.isExpired(clock)) {
      throw new VerificationException(
          VerificationException.Reason.EXPIRED, "the challenge expired at " + challenge.expiresAt);
    }
    if (!key.verify(challenge.signingInput(), signature)) {
      throw new VerificationException(
          VerificationException.Reason.BAD_SIGNATURE,
          "the signature does not verify with key " + key.thumbprint());
    }
  }

  /** The text form described in the class documentation. */
  public String encode() {
    return PURPOSE
        + '.'
        + Base64Url.encode(audience.getBytes(StandardCharsets.UTF_8))
        + '.'
        + Base64Url.encode(nonce)
        + '.'
        + expiresAt.getEpochSecond();
  }

  /** The exact bytes the device signs: the text form in US-ASCII. */
  public byte[] signingInput() {
    return encode().getBytes(StandardCharsets.US_ASCII);
  }

  /** Whether the challenge has expired at {@code clock}'s instant (expiry itself is expired). */
  public boolean isExpired(Clock clock) {
    return !clock.instant().isBefore(expiresAt);
  }

  public String audience() {
    return audience;
  }

  /** A copy of the 32-byte nonce, which the server stores to enforce single use. */
  public byte[] nonce() {
    return nonce.clone();
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  private static void checkAudience(String audience) {
    Objects.requireNonNull(audience, "audience");
    if (audience.isEmpty() || audience.length() > MAX_AUDIENCE_LENGTH) {
      throw new IllegalArgumentException("an audience is 1 to " + MAX_AUDIENCE_LENGTH + " chars");
    }
    for (int i = 0; i < audience.length(); i++) {
      char c = audience.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        throw new IllegalArgumentException("an audience is printable US-ASCII without spaces");
      }
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SignInChallenge c
        && audience.equals(c.audience)
        && MessageDigest.isEqual(nonce, c.nonce)
        && expiresAt.equals(c.expiresAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(audience, Arrays.hashCode(nonce), expiresAt);
  }

  @Override
  public String toString() {
    return "SignInChallenge[" + audience + ", expires " + expiresAt + "]";
  }
}
