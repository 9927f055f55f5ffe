package org.hearth.federation.protocol;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.FeedKind;

/**
 * The payload of {@code hearth-change-notice+jws}: "my feed {@code feed} is now at {@code
 * sequence}", sent to each active peer so it pulls within seconds instead of at its next poll.
 *
 * <p>Immutable and thread-safe.
 */
public record ChangeNotice(
    KeyThumbprint from, KeyThumbprint to, FeedKind<?> feed, long sequence, Instant issuedAt) {
  private static final Set<String> MEMBERS =
      Set.of("v", "from", "to", "feed", "sequence", "issued_at");

  public ChangeNotice {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(feed, "feed");
    Objects.requireNonNull(issuedAt, "issuedAt");
  }

  public byte[] toBytes() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("v", 1);
    m.put("from", from.value());
    m.put("to", to.value());
    m.put("feed", feed.wireName());
    m.put("sequence", sequence);
    m.put("issued_at", issuedAt.truncatedTo(ChronoUnit.SECONDS).toString());
    return Json.canonical(m);
  }

  public static ChangeNotice from(JsonIn in) {
    in.only(MEMBERS).version(1);
    return new ChangeNotice(
        new KeyThumbprint(in.string("from")),
        new KeyThumbprint(in.string("to")),
        FeedKind.byWireName(in.string("feed"))
            .orElseThrow(() -> new IllegalArgumentException("unknown feed kind")),
        in.longValue("sequence"),
        in.instant("issued_at"));
  }
}
