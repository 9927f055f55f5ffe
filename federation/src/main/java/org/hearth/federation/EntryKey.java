package org.hearth.federation;

import java.util.Comparator;
import java.util.Objects;
import org.hearth.crypto.KeyThumbprint;

/**
 * What identifies a feed entry across the federation: its origin instance and the id that origin
 * gave it. Merging de-duplicates by this key; admins hide entries by it.
 *
 * <p>Immutable and thread-safe.
 */
public record EntryKey(KeyThumbprint origin, EntryId id) implements Comparable<EntryKey> {
  private static final Comparator<EntryKey> ORDER =
      Comparator.comparing((EntryKey k) -> k.origin().value()).thenComparing(k -> k.id().value());

  public EntryKey {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(id, "id");
  }

  @Override
  public int compareTo(EntryKey other) {
    return ORDER.compare(this, other);
  }
}
