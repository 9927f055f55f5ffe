package org.hearth.server.identity;

import jakarta.json.JsonObject;
import java.util.Base64;
import java.util.List;
import org.hearth.crypto.Ed25519PublicKey;
import org.hearth.server.api.ApiException;
import org.hearth.server.api.Problem;
import org.hearth.server.api.ProblemType;

/** Reads the key and signature parts of API requests, with field-level errors. */
public final class KeyProofs {
  private KeyProofs() {}

  /** An Ed25519 public JSON Web Key from request field {@code field}. */
  public static Ed25519PublicKey publicKey(String field, JsonObject jwk) {
    try {
      return Ed25519PublicKey.fromJwk(jwk.toString());
    } catch (IllegalArgumentException e) {
      throw invalid(field, "must be an Ed25519 public JSON Web Key");
    }
  }

  /** Base64url bytes from request field {@code field}. */
  public static byte[] base64Url(String field, String value) {
    try {
      return Base64.getUrlDecoder().decode(value);
    } catch (IllegalArgumentException e) {
      throw invalid(field, "must be base64url");
    }
  }

  /** A 422 problem naming one field. */
  public static ApiException invalid(String field, String message) {
    return new ApiException(
        ProblemType.VALIDATION,
        "Correct the fields listed in errors and send again.",
        List.of(new Problem.FieldError(field, message)));
  }
}
