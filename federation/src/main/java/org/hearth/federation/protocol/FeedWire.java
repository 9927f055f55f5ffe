package org.hearth.federation.protocol;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A feed as served ({@code application/hearth-feed+json}): {@code {"feed": <compact JWS of the
 * manifest>, "entries": [<compact JWS of each entry>, ...]}}, entries in manifest order.
 *
 * <p>Immutable and thread-safe.
 */
public record FeedWire(String feed, List<String> entries) {
  public static final String MEDIA_TYPE = "application/hearth-feed+json";

  public FeedWire {
    Objects.requireNonNull(feed, "feed");
    entries = List.copyOf(entries);
  }

  /**
   * The strong HTTP ETag (RFC 9110 section 8.8.3) of this feed: derived from the feed signature, so
   * publisher and readers compute the same value.
   */
  public String etag() {
    return '"' + Digests.sha256(feed).substring(0, 27) + '"';
  }

  public byte[] toBytes() {
    return Json.canonical(Map.of("feed", feed, "entries", entries));
  }

  public String toJson() {
    return new String(toBytes(), StandardCharsets.UTF_8);
  }

  /**
   * Reads the envelope; the JWS strings are bounded by the caller's limits on the whole text and on
   * each entry, checked again when each JWS is parsed.
   */
  public static FeedWire from(JsonIn in, int maxEntries, int maxEntryChars, int maxFeedChars) {
    in.only(Set.of("feed", "entries"));
    return new FeedWire(
        in.string("feed", maxFeedChars), in.strings("entries", maxEntries, maxEntryChars));
  }
}
