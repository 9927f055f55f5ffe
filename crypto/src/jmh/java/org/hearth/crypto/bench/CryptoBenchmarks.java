package org.hearth.crypto.bench;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.Ed25519PublicKey;
import org.hearth.crypto.SignInChallenge;
import org.hearth.crypto.VerificationException;
import org.hearth.crypto.bc.BcEd25519;
import org.hearth.crypto.jose.DocumentSigner;
import org.hearth.crypto.jose.DocumentType;
import org.hearth.crypto.jose.SessionToken;
import org.hearth.crypto.jose.SessionTokens;
import org.hearth.crypto.jose.SignedDocumentIn;
import org.hearth.crypto.jose.VerifiedDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the operations a Hearth instance runs per request, on one thread, with the JDK's
 * own Ed25519 and HMAC as baselines measured in the same run (the machine is shared, so ratios are
 * steadier than absolute numbers).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class CryptoBenchmarks {
  private static final String AUDIENCE = "https://hearth.example.org";
  private static final DocumentType TYPE = new DocumentType("hearth-instance+jws");

  private final byte[] message = new byte[256];
  private Ed25519KeyPair key;
  private Ed25519PublicKey publicKey;
  private byte[] encodedPublicKey;
  private byte[] signature;
  private KeyPair jdkKey;
  private byte[] jdkSignature;
  private SignInChallenge challenge;
  private String challengeText;
  private byte[] challengeSignature;
  private SessionTokens tokens;
  private String token;
  private Mac hmac;
  private String document;

  @Setup
  public void setUp() throws Exception {
    key = Ed25519KeyPair.generate();
    publicKey = key.publicKey();
    encodedPublicKey = publicKey.encoded();
    signature = key.sign(message);

    jdkKey = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    Signature signer = Signature.getInstance("Ed25519");
    signer.initSign(jdkKey.getPrivate());
    signer.update(message);
    jdkSignature = signer.sign();

    challenge = SignInChallenge.issue(AUDIENCE, Clock.systemUTC(), Duration.ofMinutes(10));
    challengeText = challenge.encode();
    challengeSignature = key.sign(challenge.signingInput());

    byte[] secret = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    tokens = new SessionTokens(secret, AUDIENCE, Clock.systemUTC(), Duration.ofHours(1));
    token = tokens.issue(publicKey.thumbprint()).token();
    hmac = Mac.getInstance("HmacSHA256");
    hmac.init(new SecretKeySpec(secret, "HmacSHA256"));

    document =
        new DocumentSigner(key)
            .sign(
                TYPE,
                "{\"name\":\"Hearth Example\",\"peers\":[]}".getBytes(StandardCharsets.UTF_8));
  }

  @Benchmark
  public byte[] ed25519SignBc() {
    return key.sign(message);
  }

  @Benchmark
  public boolean ed25519VerifyBc() {
    return publicKey.verify(message, signature);
  }

  /** Bouncy Castle decoding the key on every call, as before keys were prepared once. */
  @Benchmark
  public boolean ed25519VerifyBcUnpreparedBaseline() {
    return BcEd25519.verify(encodedPublicKey, message, signature);
  }

  @Benchmark
  public byte[] ed25519SignJdkBaseline() throws Exception {
    Signature signer = Signature.getInstance("Ed25519");
    signer.initSign(jdkKey.getPrivate());
    signer.update(message);
    return signer.sign();
  }

  @Benchmark
  public boolean ed25519VerifyJdkBaseline() throws Exception {
    Signature verifier = Signature.getInstance("Ed25519");
    verifier.initVerify(jdkKey.getPublic());
    verifier.update(message);
    return verifier.verify(jdkSignature);
  }

  /** What the server does with a sign-in answer: parse the text, then verify. */
  @Benchmark
  public SignInChallenge challengeParseAndVerify() throws VerificationException {
    SignInChallenge parsed = SignInChallenge.parse(challengeText);
    SignInChallenge.verify(parsed, publicKey, challengeSignature, AUDIENCE, Clock.systemUTC());
    return parsed;
  }

  @Benchmark
  public SessionToken sessionTokenIssue() {
    return tokens.issue(publicKey.thumbprint());
  }

  @Benchmark
  public SessionToken sessionTokenVerify() throws VerificationException {
    return tokens.verify(token);
  }

  @Benchmark
  public byte[] hmacSha256JdkBaseline() {
    return hmac.doFinal(message);
  }

  @Benchmark
  public VerifiedDocument signedDocumentVerify() throws VerificationException {
    return SignedDocumentIn.parse(document).verify(publicKey, TYPE);
  }
}
