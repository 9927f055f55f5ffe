package org.hearth.server.delivery;

import java.util.Base64;
import org.hearth.crypto.mls.MlsException;
import org.hearth.crypto.mls.MlsMessageIn;
import org.hearth.server.api.ApiException;
import org.hearth.server.api.ProblemType;
import org.hearth.server.identity.KeyProofs;

/** Bytes on the wire of the delivery API: base64url without padding, and MLS framing. */
final class Wire {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private Wire() {}

  static String encode(byte[] bytes) {
    return bytes == null ? null : ENCODER.encodeToString(bytes);
  }

  /** Decodes a required base64url field; a missing or malformed one answers 422 naming it. */
  static byte[] decode(String field, String value) {
    if (value == null || value.isEmpty()) {
      throw KeyProofs.invalid(field, "is required");
    }
    try {
      return DECODER.decode(value);
    } catch (IllegalArgumentException e) {
      throw KeyProofs.invalid(field, "must be base64url without padding");
    }
  }

  /** Parses an MLSMessage's public framing; malformed bytes answer 400 malformed-mls. */
  static MlsMessageIn parse(String what, byte[] bytes, int maxBytes) {
    try {
      return MlsMessageIn.parse(bytes, maxBytes);
    } catch (MlsException e) {
      throw new ApiException(
          ProblemType.MALFORMED_MLS, "The " + what + " is not an MLS message: " + e.getMessage());
    }
  }
}
