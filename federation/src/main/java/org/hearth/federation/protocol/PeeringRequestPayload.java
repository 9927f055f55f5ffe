package org.hearth.federation.protocol;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.Nonce;

/**
 * The payload of {@code hearth-peering-request+jws}, signed by the asking instance's key: the
 * SHA-256 of its own signed instance document (which travels beside it, see {@link
 * PeeringRequestWire}), the target's thumbprint (the one the admin compared out of band), a nonce
 * and the time.
 *
 * <p>Immutable and thread-safe.
 */
public record PeeringRequestPayload(
    KeyThumbprint from, KeyThumbprint to, String instanceDigest, Nonce nonce, Instant issuedAt) {
  private static final Set<String> MEMBERS =
      Set.of("v", "from", "to", "instance_digest", "nonce", "issued_at");

  public PeeringRequestPayload {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(instanceDigest, "instanceDigest");
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(issuedAt, "issuedAt");
  }

  public byte[] toBytes() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("v", 1);
    m.put("from", from.value());
    m.put("to", to.value());
    m.put("instance_digest", instanceDigest);
    m.put("nonce", nonce.value());
    m.put("issued_at", issuedAt.truncatedTo(ChronoUnit.SECONDS).toString());
    return Json.canonical(m);
  }

  public static PeeringRequestPayload from(JsonIn in) {
    in.only(MEMBERS).version(1);
    return new PeeringRequestPayload(
        new KeyThumbprint(in.string("from")),
        new KeyThumbprint(in.string("to")),
        in.string("instance_digest"),
        new Nonce(in.string("nonce")),
        in.instant("issued_at"));
  }
}
