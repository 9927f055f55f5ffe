package org.hearth.federation.protocol;

import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.hearth.crypto.Ed25519PublicKey;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.BaseUrl;
import org.hearth.federation.Endpoints;
import org.hearth.federation.InstanceDocument;

/**
 * The JSON payload of an instance document ({@code hearth-instance+jws}) and of the public keys in
 * other documents (RFC 8037 section 2 JWK with exactly {@code crv}, {@code kty}, {@code x}).
 *
 * <p>Stateless and thread-safe.
 */
public final class InstanceDocumentCodec {
  private static final Set<String> MEMBERS =
      Set.of(
          "v",
          "name",
          "operator",
          "description",
          "base_url",
          "jwk",
          "thumbprint",
          "endpoints",
          "protocol_version",
          "issued_at");

  private InstanceDocumentCodec() {}

  public static Map<String, Object> encode(InstanceDocument doc) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("v", 1);
    m.put("name", doc.name());
    m.put("operator", doc.operator());
    m.put("description", doc.description());
    m.put("base_url", doc.baseUrl().value());
    m.put("jwk", jwk(doc.publicKey()));
    m.put("thumbprint", doc.thumbprint().value());
    m.put(
        "endpoints",
        Map.of(
            "directory", doc.endpoints().directory(),
            "resources", doc.endpoints().resources(),
            "inbox", doc.endpoints().inbox()));
    m.put("protocol_version", doc.protocolVersion());
    m.put("issued_at", doc.issuedAt().truncatedTo(ChronoUnit.SECONDS).toString());
    return m;
  }

  /** Reads a payload; the {@code thumbprint} member must match the key. */
  public static InstanceDocument decode(JsonIn in) {
    in.only(MEMBERS).version(1);
    Ed25519PublicKey key = publicKey(in.object("jwk"));
    if (!key.thumbprint().equals(new KeyThumbprint(in.string("thumbprint")))) {
      throw new IllegalArgumentException("thumbprint does not match the key");
    }
    JsonIn e = in.object("endpoints").only(Set.of("directory", "resources", "inbox"));
    return new InstanceDocument(
        in.string("name"),
        in.string("operator"),
        in.string("description"),
        new BaseUrl(in.string("base_url")),
        key,
        new Endpoints(e.string("directory"), e.string("resources"), e.string("inbox")),
        in.intValue("protocol_version"),
        in.instant("issued_at"));
  }

  public static Map<String, Object> jwk(Ed25519PublicKey key) {
    return Map.of("crv", "Ed25519", "kty", "OKP", "x", key.x());
  }

  public static Ed25519PublicKey publicKey(JsonIn jwk) {
    jwk.only(Set.of("crv", "kty", "x"));
    Map<String, Object> m =
        Map.of("crv", jwk.string("crv"), "kty", jwk.string("kty"), "x", jwk.string("x"));
    return Ed25519PublicKey.fromJwk(new String(Json.canonical(m), StandardCharsets.UTF_8));
  }
}
