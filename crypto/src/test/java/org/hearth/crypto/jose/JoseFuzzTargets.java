package org.hearth.crypto.jose;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import org.hearth.crypto.Ed25519KeyPair;

/**
 * Builds fuzz inputs that reach past the signature check: besides arbitrary text, compact JWS whose
 * header and payload are fuzzed JSON-ish text but whose signature is made with the right key, so
 * the header policy and claim parsing behind the signature get fuzzed too.
 */
final class JoseFuzzTargets {
  static final byte[] SECRET =
      "fuzzing-secret-fuzzing-secret-32".getBytes(StandardCharsets.US_ASCII);
  static final Ed25519KeyPair KEY = Ed25519KeyPair.fromSeed(new byte[32]);

  private JoseFuzzTargets() {}

  /**
   * Raw fuzzed text, or a JWS signed by {@code signer} whose header is either {@code goodHeader} or
   * fuzzed text and whose payload is either {@code payload} applied to the fuzzer's data or fuzzed
   * text.
   */
  static String input(
      FuzzedDataProvider data,
      Signer signer,
      String goodHeader,
      java.util.function.Function<FuzzedDataProvider, String> payload) {
    if (data.consumeBoolean()) {
      return data.consumeRemainingAsString();
    }
    String header = data.consumeBoolean() ? goodHeader : data.consumeString(300);
    String body = data.consumeBoolean() ? payload.apply(data) : data.consumeRemainingAsString();
    String signingInput =
        Base64URL.encode(header.getBytes(StandardCharsets.UTF_8))
            + "."
            + Base64URL.encode(body.getBytes(StandardCharsets.UTF_8));
    byte[] signature = signer.sign(signingInput.getBytes(StandardCharsets.US_ASCII));
    return signingInput + "." + Base64URL.encode(signature);
  }

  /** Signs a JWS signing input. */
  interface Signer {
    byte[] sign(byte[] signingInput);
  }
}
