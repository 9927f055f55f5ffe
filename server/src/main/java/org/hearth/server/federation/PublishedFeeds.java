package org.hearth.server.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.hearth.federation.FeedKind;

/** The feeds this instance serves, in table {@code federation_published_feed}. */
@ApplicationScoped
public class PublishedFeeds {
  @PersistenceContext(unitName = "hearth")
  EntityManager entityManager;

  /** A signed feed as served, with the digest of the entries it lists. */
  public record Published(
      FeedKind<?> kind, long sequence, String contentDigest, String wire, String etag) {}

  /** What to publish for a content digest, given the feed published before (if any). */
  public record Draft(long sequence, String wire, String etag, Instant issuedAt) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Published> find(FeedKind<?> kind) {
    return Optional.ofNullable(entityManager.find(PublishedFeedEntity.class, kind.wireName()))
        .map(e -> view(kind, e));
  }

  /**
   * Publishes anew unless the feed already lists {@code contentDigest}; under a row lock, so nodes
   * do not race for one sequence number. {@code sign} gets the new sequence.
   *
   * @return the feed now published, and whether it is new
   */
  @Transactional
  public Result publish(FeedKind<?> kind, String contentDigest, Function<Long, Draft> sign) {
    PublishedFeedEntity e =
        entityManager.find(
            PublishedFeedEntity.class, kind.wireName(), LockModeType.PESSIMISTIC_WRITE);
    if (e != null && e.contentDigest.equals(contentDigest)) {
      return new Result(view(kind, e), false);
    }
    boolean fresh = e == null;
    long sequence = fresh ? 1 : e.sequence + 1;
    Draft draft = sign.apply(sequence);
    if (fresh) {
      e = new PublishedFeedEntity(kind.wireName());
    }
    e.sequence = draft.sequence();
    e.contentDigest = contentDigest;
    e.wire = draft.wire().getBytes(StandardCharsets.UTF_8);
    e.etag = draft.etag();
    e.issuedAt = draft.issuedAt().getEpochSecond();
    if (fresh) {
      entityManager.persist(e);
    }
    return new Result(view(kind, e), true);
  }

  /** The outcome of {@link #publish}. */
  public record Result(Published feed, boolean changed) {}

  private static Published view(FeedKind<?> kind, PublishedFeedEntity e) {
    return new Published(
        kind, e.sequence, e.contentDigest, new String(e.wire, StandardCharsets.UTF_8), e.etag);
  }
}
