package org.hearth.federation.merge;

import java.time.Duration;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.EntryKey;

/**
 * The admin's merge choices: after how long without a confirmed fetch a peer's copy is marked
 * stale, after how long it is hidden, and which instances (as publisher or origin) and which
 * entries are hidden.
 *
 * <p>Immutable and thread-safe.
 */
public record MergePolicy(
    Duration staleAfter,
    Duration maxAge,
    Set<KeyThumbprint> hiddenInstances,
    Set<EntryKey> hiddenEntries) {
  /** Stale after 6 hours without contact, hidden after 7 days, nothing hidden by choice. */
  public static final MergePolicy DEFAULT =
      new MergePolicy(Duration.ofHours(6), Duration.ofDays(7), Set.of(), Set.of());

  public MergePolicy {
    Objects.requireNonNull(staleAfter, "staleAfter");
    Objects.requireNonNull(maxAge, "maxAge");
    hiddenInstances = Set.copyOf(hiddenInstances);
    hiddenEntries = Set.copyOf(hiddenEntries);
    if (staleAfter.isNegative() || maxAge.compareTo(staleAfter) < 0) {
      throw new IllegalArgumentException("0 <= staleAfter <= maxAge");
    }
  }

  public MergePolicy hidingInstance(KeyThumbprint instance) {
    return new MergePolicy(staleAfter, maxAge, union(hiddenInstances, instance), hiddenEntries);
  }

  public MergePolicy hidingEntry(EntryKey entry) {
    return new MergePolicy(staleAfter, maxAge, hiddenInstances, union(hiddenEntries, entry));
  }

  private static <E> Set<E> union(Set<E> set, E extra) {
    Set<E> out = new HashSet<>(set);
    out.add(extra);
    return out;
  }
}
