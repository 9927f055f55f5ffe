package org.hearth.server.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hearth.federation.Peer;

/** The record of peering events in table {@code federation_event}; each row expires. */
@ApplicationScoped
public class PeeringEvents {
  /** How long one event's detail may be. */
  static final int MAX_DETAIL = 300;

  @PersistenceContext(unitName = "hearth")
  EntityManager entityManager;

  @Inject FederationSettings settings;

  Clock clock = Clock.systemUTC();

  /** One event as the admin API shows it. */
  public record PeeringEvent(
      Instant at, String peerId, String peerName, String kind, String detail) {}

  /** Records that {@code kind} happened to the peering with {@code peer} (may be null). */
  @Transactional
  public void record(Peer peer, String kind, String detail) {
    Instant now = clock.instant();
    PeeringEventEntity e = new PeeringEventEntity();
    e.id = UUID.randomUUID().toString();
    e.at = now.getEpochSecond();
    e.peerId = peer == null ? null : peer.id().value();
    e.peerName = peer == null ? null : peer.known().document().name();
    e.kind = kind;
    e.detail =
        detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
    e.expiresAt = now.plus(settings.eventsKeep()).getEpochSecond();
    entityManager.persist(e);
  }

  /** The newest events first, at most {@code limit}. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<PeeringEvent> recent(int limit) {
    return entityManager
        .createQuery(
            "SELECT e FROM PeeringEventEntity e ORDER BY e.at DESC", PeeringEventEntity.class)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(
            e ->
                new PeeringEvent(
                    Instant.ofEpochSecond(e.at), e.peerId, e.peerName, e.kind, e.detail))
        .toList();
  }
}
