package org.hearth.federation;

import java.time.Instant;
import java.util.Objects;
import org.hearth.crypto.Ed25519PublicKey;
import org.hearth.crypto.Fingerprint;
import org.hearth.crypto.KeyThumbprint;

/**
 * What an instance says about itself, signed with its instance key and served at {@code
 * /.well-known/hearth-instance}: who runs it, where it is, its public key and endpoints. Only a
 * verifier in {@code org.hearth.federation.verify} makes one from network input.
 *
 * <p>Immutable and thread-safe.
 */
public record InstanceDocument(
    String name,
    String operator,
    String description,
    BaseUrl baseUrl,
    Ed25519PublicKey publicKey,
    Endpoints endpoints,
    int protocolVersion,
    Instant issuedAt) {
  /** The protocol version this module speaks. */
  public static final int PROTOCOL_VERSION = 1;

  public static final int MAX_NAME = 100;
  public static final int MAX_OPERATOR = 150;
  public static final int MAX_DESCRIPTION = 2000;

  public InstanceDocument {
    Checks.text("name", name, MAX_NAME);
    Checks.text("operator", operator, MAX_OPERATOR);
    Checks.text("description", description, MAX_DESCRIPTION);
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(publicKey, "publicKey");
    Objects.requireNonNull(endpoints, "endpoints");
    Objects.requireNonNull(issuedAt, "issuedAt");
    if (protocolVersion < 1) {
      throw new IllegalArgumentException("protocol versions start at 1");
    }
  }

  /** The instance's id: the RFC 7638 thumbprint of its key. */
  public KeyThumbprint thumbprint() {
    return publicKey.thumbprint();
  }

  /** What admins compare out of band before peering. */
  public Fingerprint fingerprint() {
    return Fingerprint.of(thumbprint());
  }

  public Origin origin() {
    return new Origin(thumbprint(), baseUrl);
  }
}
