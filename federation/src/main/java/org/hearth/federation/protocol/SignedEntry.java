package org.hearth.federation.protocol;

import java.util.Objects;
import org.hearth.federation.EntryId;
import org.hearth.federation.EntryKey;
import org.hearth.federation.Origin;

/**
 * A feed entry as its origin signed it ({@code hearth-group+jws} or {@code hearth-resource+jws}),
 * with its key. Forwarded feeds carry these bytes unchanged, so the origin's signature survives
 * caching and forwarding.
 *
 * <p>Immutable and thread-safe.
 */
public record SignedEntry(Origin origin, EntryId id, String compact) {
  public SignedEntry {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(compact, "compact");
  }

  public EntryKey key() {
    return new EntryKey(origin.thumbprint(), id);
  }
}
