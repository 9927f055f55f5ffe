package org.hearth.federation.sync;

import java.util.Objects;
import java.util.Optional;

/**
 * What to do for one peer's feed now: nothing, or a GET with {@code If-None-Match} set to the last
 * ETag when there is one (RFC 9110 section 13.1.2).
 *
 * <p>Immutable and thread-safe.
 */
public record FetchPlan(boolean due, Optional<String> ifNoneMatch) {
  public FetchPlan {
    Objects.requireNonNull(ifNoneMatch, "ifNoneMatch");
  }
}
