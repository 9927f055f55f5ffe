package org.hearth.federation.merge;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.EntryKey;
import org.hearth.federation.FeedEntry;

/**
 * The merged directory ({@code MergedView<GroupListing>}) or resource list ({@code
 * MergedView<ResourceEntry>}) at one moment: one entry per (origin, id), sorted by that key, and
 * the peers whose copies were too old to show.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the entry type
 */
public record MergedView<T extends FeedEntry>(
    Instant mergedAt, List<MergedEntry<T>> entries, Set<KeyThumbprint> expiredPeers) {
  public MergedView {
    Objects.requireNonNull(mergedAt, "mergedAt");
    entries = List.copyOf(entries);
    expiredPeers = Set.copyOf(expiredPeers);
  }

  public Optional<MergedEntry<T>> find(EntryKey key) {
    return entries.stream().filter(e -> e.key().equals(key)).findFirst();
  }
}
