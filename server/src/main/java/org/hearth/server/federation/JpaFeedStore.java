package org.hearth.server.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.FeedKind;
import org.hearth.federation.spi.FeedStore;
import org.hearth.federation.spi.StoredFeed;

/** The last good copy of each peer's feeds in table {@code federation_feed}. */
@ApplicationScoped
public class JpaFeedStore implements FeedStore {
  @PersistenceContext(unitName = "hearth")
  EntityManager entityManager;

  /** What is known about a stored copy without reading its wire. */
  public record FeedMark(
      KeyThumbprint peerId,
      String kind,
      String etag,
      long sequence,
      Instant fetchedAt,
      Instant confirmedAt) {}

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<StoredFeed> lastGood(KeyThumbprint peerId, FeedKind<?> kind) {
    FeedEntity e = entityManager.find(FeedEntity.class, id(peerId, kind));
    if (e == null) {
      return Optional.empty();
    }
    return Optional.of(
        new StoredFeed(
            peerId,
            kind,
            new String(e.wire, StandardCharsets.UTF_8),
            e.etag,
            e.sequence,
            Instant.ofEpochSecond(e.fetchedAt),
            Instant.ofEpochSecond(e.confirmedAt)));
  }

  @Override
  @Transactional
  public void saveLastGood(StoredFeed feed) {
    String id = id(feed.peerId(), feed.kind());
    FeedEntity e = entityManager.find(FeedEntity.class, id);
    boolean fresh = e == null;
    if (fresh) {
      e = new FeedEntity(id);
      e.peerId = feed.peerId().value();
      e.kind = feed.kind().wireName();
    }
    e.wire = feed.wire().getBytes(StandardCharsets.UTF_8);
    e.etag = feed.etag();
    e.sequence = feed.sequence();
    e.fetchedAt = feed.fetchedAt().getEpochSecond();
    e.confirmedAt = feed.confirmedAt().getEpochSecond();
    if (fresh) {
      entityManager.persist(e);
    }
  }

  /** The peer answered 304: its copy is confirmed at {@code at}, without rewriting it. */
  @Transactional
  public void confirm(KeyThumbprint peerId, FeedKind<?> kind, Instant at) {
    entityManager
        .createQuery("UPDATE FeedEntity f SET f.confirmedAt = :at WHERE f.id = :id")
        .setParameter("at", at.getEpochSecond())
        .setParameter("id", id(peerId, kind))
        .executeUpdate();
  }

  @Override
  @Transactional
  public void forget(KeyThumbprint peerId) {
    entityManager
        .createQuery("DELETE FROM FeedEntity f WHERE f.peerId = :p")
        .setParameter("p", peerId.value())
        .executeUpdate();
  }

  /** Every stored copy of {@code kind}, without the wire. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<FeedMark> marks(FeedKind<?> kind) {
    return entityManager
        .createQuery(
            "SELECT f.peerId, f.etag, f.sequence, f.fetchedAt, f.confirmedAt FROM FeedEntity f"
                + " WHERE f.kind = :k",
            Object[].class)
        .setParameter("k", kind.wireName())
        .getResultList()
        .stream()
        .map(
            r ->
                new FeedMark(
                    new KeyThumbprint((String) r[0]),
                    kind.wireName(),
                    (String) r[1],
                    ((Number) r[2]).longValue(),
                    Instant.ofEpochSecond(((Number) r[3]).longValue()),
                    Instant.ofEpochSecond(((Number) r[4]).longValue())))
        .toList();
  }

  private static String id(KeyThumbprint peerId, FeedKind<?> kind) {
    return peerId.value() + ":" + kind.wireName();
  }
}
