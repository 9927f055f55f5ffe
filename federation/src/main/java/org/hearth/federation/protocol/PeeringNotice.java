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
 * The payload of {@code hearth-peering-notice+jws}: one instance tells another what its admin
 * decided about their peering.
 *
 * <p>Immutable and thread-safe.
 */
public record PeeringNotice(
    KeyThumbprint from, KeyThumbprint to, Action action, Nonce nonce, Instant issuedAt) {
  private static final Set<String> MEMBERS =
      Set.of("v", "from", "to", "action", "nonce", "issued_at");

  /** What the sender's admin did. */
  public enum Action {
    APPROVE,
    DECLINE,
    SUSPEND,
    RESUME,
    REMOVE
  }

  public PeeringNotice {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(issuedAt, "issuedAt");
  }

  public byte[] toBytes() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("v", 1);
    m.put("from", from.value());
    m.put("to", to.value());
    m.put("action", EntryCodecs.wire(action));
    m.put("nonce", nonce.value());
    m.put("issued_at", issuedAt.truncatedTo(ChronoUnit.SECONDS).toString());
    return Json.canonical(m);
  }

  public static PeeringNotice from(JsonIn in) {
    in.only(MEMBERS).version(1);
    return new PeeringNotice(
        new KeyThumbprint(in.string("from")),
        new KeyThumbprint(in.string("to")),
        EntryCodecs.parse(Action.class, in.string("action")),
        new Nonce(in.string("nonce")),
        in.instant("issued_at"));
  }
}
