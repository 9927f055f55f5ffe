package org.hearth.federation;

import java.time.Instant;

/**
 * One entry of a federation feed, signed by its origin instance: a listed group or a resource.
 *
 * <p>Implementations are immutable records.
 */
public sealed interface FeedEntry permits GroupListing, ResourceEntry {
  EntryId id();

  Origin origin();

  Instant updatedAt();

  default EntryKey key() {
    return new EntryKey(origin().thumbprint(), id());
  }
}
