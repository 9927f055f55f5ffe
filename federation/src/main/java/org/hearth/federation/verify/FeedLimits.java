package org.hearth.federation.verify;

/**
 * Size bounds for a feed read from a peer, checked before any signature: the whole JSON in
 * characters, the number of entries, and each entry's compact JWS in characters. Field lengths
 * inside entries are bounded by the entry types themselves.
 *
 * <p>Immutable and thread-safe.
 */
public record FeedLimits(int maxChars, int maxEntries, int maxEntryChars) {
  /**
   * 8 MiB, 4,000 entries, 16 KiB per entry. The feed signature lists every entry (about 230
   * characters of JWS each) and must stay within the 1 MiB bound of {@code SignedDocumentIn}, which
   * allows about 4,500 entries; 4,000 leaves room.
   */
  public static final FeedLimits DEFAULT = new FeedLimits(8 << 20, 4_000, 16 << 10);

  public FeedLimits {
    if (maxChars < 1 || maxEntries < 0 || maxEntryChars < 1) {
      throw new IllegalArgumentException("feed limits are positive");
    }
  }
}
