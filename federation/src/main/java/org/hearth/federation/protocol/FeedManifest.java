package org.hearth.federation.protocol;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.BaseUrl;
import org.hearth.federation.EntryId;
import org.hearth.federation.FeedKind;
import org.hearth.federation.Origin;

/**
 * The payload of a feed signature ({@code hearth-feed+jws}): which feed, who publishes it, its
 * sequence number (rises with every change) and, for every entry, its origin, id and the SHA-256 of
 * the entry's compact JWS. The entries themselves travel beside the signature (see {@link
 * FeedWire}), so each is signed once, by its origin, and the feed signature binds them all.
 *
 * <p>Immutable and thread-safe.
 */
public record FeedManifest(
    FeedKind<?> kind,
    KeyThumbprint publisher,
    long sequence,
    Instant issuedAt,
    List<ManifestEntry> entries) {
  private static final Set<String> MEMBERS =
      Set.of("v", "feed", "publisher", "sequence", "issued_at", "entries");

  /**
   * One line of the manifest: the entry's origin (thumbprint and base URL, so a forwarded entry's
   * key can be fetched from its origin), its id, and base64url SHA-256 of its compact JWS.
   */
  public record ManifestEntry(Origin origin, EntryId id, String digest) {
    public ManifestEntry {
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(id, "id");
      if (!digest.matches("[A-Za-z0-9_-]{43}")) {
        throw new IllegalArgumentException("a digest is 43 base64url characters");
      }
    }
  }

  public FeedManifest {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(issuedAt, "issuedAt");
    entries = List.copyOf(entries);
    if (sequence < 0) {
      throw new IllegalArgumentException("a sequence is not negative");
    }
  }

  public byte[] toBytes() {
    List<Object> lines = new ArrayList<>(entries.size());
    for (ManifestEntry e : entries) {
      lines.add(
          Map.of(
              "origin", e.origin().thumbprint().value(),
              "home", e.origin().baseUrl().value(),
              "id", e.id().value(),
              "digest", e.digest()));
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("v", 1);
    m.put("feed", kind.wireName());
    m.put("publisher", publisher.value());
    m.put("sequence", sequence);
    m.put("issued_at", issuedAt.truncatedTo(ChronoUnit.SECONDS).toString());
    m.put("entries", lines);
    return Json.canonical(m);
  }

  /** Reads a manifest of at most {@code maxEntries} entries. */
  public static FeedManifest from(JsonIn in, int maxEntries) {
    in.only(MEMBERS).version(1);
    List<ManifestEntry> entries = new ArrayList<>();
    for (Object item : in.list("entries", maxEntries)) {
      JsonIn e = JsonIn.item(item).only(Set.of("origin", "home", "id", "digest"));
      entries.add(
          new ManifestEntry(
              new Origin(new KeyThumbprint(e.string("origin")), new BaseUrl(e.string("home"))),
              new EntryId(e.string("id")),
              e.string("digest")));
    }
    return new FeedManifest(
        FeedKind.byWireName(in.string("feed"))
            .orElseThrow(() -> new IllegalArgumentException("unknown feed kind")),
        new KeyThumbprint(in.string("publisher")),
        in.longValue("sequence"),
        in.instant("issued_at"),
        entries);
  }
}
