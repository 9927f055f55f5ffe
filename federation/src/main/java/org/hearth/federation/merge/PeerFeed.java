package org.hearth.federation.merge;

import java.time.Instant;
import java.util.Objects;
import org.hearth.federation.FeedEntry;
import org.hearth.federation.verify.VerifiedFeed;

/**
 * One peer's last good feed and when the peer last confirmed it (a successful fetch or a {@code 304
 * Not Modified}); a peer that is down keeps its old copy with an old confirmation time.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the entry type
 */
public record PeerFeed<T extends FeedEntry>(VerifiedFeed<T> feed, Instant confirmedAt) {
  public PeerFeed {
    Objects.requireNonNull(feed, "feed");
    Objects.requireNonNull(confirmedAt, "confirmedAt");
  }
}
