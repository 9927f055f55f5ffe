package org.hearth.federation;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A directory entry: a group listed by its home instance ({@link #origin()}), where members join it
 * with a fresh key through {@link #joinLink()} (an https URL on the home instance).
 *
 * <p>Immutable and thread-safe.
 */
public record GroupListing(
    EntryId id, Origin origin, GroupDescriptor descriptor, URI joinLink, Instant updatedAt)
    implements FeedEntry {
  public GroupListing {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(descriptor, "descriptor");
    Objects.requireNonNull(updatedAt, "updatedAt");
    if (!joinLink.toString().startsWith(origin.baseUrl().value() + "/")) {
      throw new IllegalArgumentException("a join link points into the home instance");
    }
  }
}
