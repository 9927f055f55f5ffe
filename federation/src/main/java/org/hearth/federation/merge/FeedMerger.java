package org.hearth.federation.merge;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.EntryKey;
import org.hearth.federation.FeedEntry;
import org.hearth.federation.ResourceEntry;
import org.hearth.federation.verify.VerifiedEntry;

/**
 * Merges peers' verified feeds into one {@link MergedView}. The rules, applied in order:
 *
 * <ol>
 *   <li>a peer whose copy is older than {@link MergePolicy#maxAge()} is left out entirely (and
 *       named in {@link MergedView#expiredPeers()}); older than {@link MergePolicy#staleAfter()}
 *       its entries are marked stale;
 *   <li>entries from or through a hidden instance, and hidden entries, are left out;
 *   <li>of the copies of one (origin, id), the newest {@code updated_at} wins; ties go to the copy
 *       straight from the origin, then the most recently confirmed, then the lowest peer
 *       thumbprint, then the signed text - a total order, so the result does not depend on the
 *       order of the input;
 *   <li>a resource past its review-by date (UTC) is flagged as overdue.
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
public final class FeedMerger {
  private FeedMerger() {}

  public static <T extends FeedEntry> MergedView<T> merge(
      Collection<PeerFeed<T>> feeds, MergePolicy policy, Instant now) {
    Set<KeyThumbprint> expired = new HashSet<>();
    Map<EntryKey, MergedEntry<T>> best = new TreeMap<>();
    Comparator<MergedEntry<T>> order = preference();
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    for (PeerFeed<T> peerFeed : feeds) {
      KeyThumbprint peer = peerFeed.feed().peerId();
      Duration age = Duration.between(peerFeed.confirmedAt(), now);
      if (age.isNegative()) {
        age = Duration.ZERO;
      }
      if (age.compareTo(policy.maxAge()) > 0) {
        expired.add(peer);
        continue;
      }
      if (policy.hiddenInstances().contains(peer)) {
        continue;
      }
      boolean stale = age.compareTo(policy.staleAfter()) > 0;
      for (VerifiedEntry<T> v : peerFeed.feed().entries()) {
        EntryKey key = v.key();
        if (policy.hiddenEntries().contains(key)
            || policy.hiddenInstances().contains(key.origin())) {
          continue;
        }
        MergedEntry<T> candidate =
            new MergedEntry<>(
                v.entry(),
                v.signed(),
                v.via(),
                v.verifiedAt(),
                age,
                stale,
                v.entry() instanceof ResourceEntry r && today.isAfter(r.reviewBy()));
        best.merge(key, candidate, (a, b) -> order.compare(a, b) <= 0 ? a : b);
      }
    }
    return new MergedView<>(now, new ArrayList<>(best.values()), expired);
  }

  /** Most preferred first. */
  private static <T extends FeedEntry> Comparator<MergedEntry<T>> preference() {
    Comparator<MergedEntry<T>> newest =
        Comparator.comparing((MergedEntry<T> e) -> e.entry().updatedAt()).reversed();
    return newest
        .thenComparing(e -> !e.direct())
        .thenComparing(MergedEntry::age)
        .thenComparing(e -> e.via().value())
        .thenComparing(e -> e.signed().compact())
        .thenComparing(MergedEntry::verifiedAt);
  }
}
