package org.hearth.federation.protocol;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hearth.crypto.Ed25519PublicKey;
import org.hearth.crypto.KeyThumbprint;

/**
 * The payload of {@code hearth-key-rotation+jws}, signed by the old instance key: "my key {@code
 * old} is replaced by {@code newKey}".
 *
 * <p>Immutable and thread-safe.
 */
public record KeyRotationStatement(KeyThumbprint old, Ed25519PublicKey newKey, Instant issuedAt) {
  private static final Set<String> MEMBERS = Set.of("v", "old", "new", "new_jwk", "issued_at");

  public KeyRotationStatement {
    Objects.requireNonNull(old, "old");
    Objects.requireNonNull(newKey, "newKey");
    Objects.requireNonNull(issuedAt, "issuedAt");
    if (old.equals(newKey.thumbprint())) {
      throw new IllegalArgumentException("a rotation names a different key");
    }
  }

  public byte[] toBytes() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("v", 1);
    m.put("old", old.value());
    m.put("new", newKey.thumbprint().value());
    m.put("new_jwk", InstanceDocumentCodec.jwk(newKey));
    m.put("issued_at", issuedAt.truncatedTo(ChronoUnit.SECONDS).toString());
    return Json.canonical(m);
  }

  public static KeyRotationStatement from(JsonIn in) {
    in.only(MEMBERS).version(1);
    Ed25519PublicKey key = InstanceDocumentCodec.publicKey(in.object("new_jwk"));
    if (!key.thumbprint().equals(new KeyThumbprint(in.string("new")))) {
      throw new IllegalArgumentException("new does not match new_jwk");
    }
    return new KeyRotationStatement(
        new KeyThumbprint(in.string("old")), key, in.instant("issued_at"));
  }
}
