package org.hearth.server.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.hearth.crypto.Ed25519PublicKey;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.BaseUrl;
import org.hearth.federation.Endpoints;
import org.hearth.federation.InstanceDocument;
import org.hearth.federation.KnownPeer;
import org.hearth.federation.Peer;
import org.hearth.federation.PeerState;
import org.hearth.federation.spi.PeerStore;

/** Peerings in table {@code federation_peer}. */
@ApplicationScoped
public class JpaPeerStore implements PeerStore {
  @PersistenceContext(unitName = "hearth")
  EntityManager entityManager;

  /** A peering with what the admin chose for it beyond the protocol's {@link Peer}. */
  public record PeerRecord(Peer peer, boolean feedHidden, Instant checkedAt) {}

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Peer> find(KeyThumbprint peerId) {
    return record(peerId).map(PeerRecord::peer);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<PeerRecord> record(KeyThumbprint peerId) {
    return Optional.ofNullable(entityManager.find(PeerEntity.class, peerId.value()))
        .map(JpaPeerStore::toRecord);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Peer> findByPinnedKey(KeyThumbprint thumbprint) {
    return entityManager
        .createQuery(
            "SELECT p FROM PeerEntity p WHERE p.pinnedThumbprint = :t ORDER BY p.changedAt DESC",
            PeerEntity.class)
        .setParameter("t", thumbprint.value())
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst()
        .map(e -> toRecord(e).peer());
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Peer> all() {
    return records().stream().map(PeerRecord::peer).toList();
  }

  /** Every peering that is not removed, with the admin's choices. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<PeerRecord> records() {
    return entityManager
        .createQuery(
            "SELECT p FROM PeerEntity p WHERE p.state <> :removed ORDER BY p.name",
            PeerEntity.class)
        .setParameter("removed", PeerState.REMOVED)
        .getResultList()
        .stream()
        .map(JpaPeerStore::toRecord)
        .toList();
  }

  /** How many peering requests wait for the admin. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long pendingIncoming() {
    return entityManager
        .createQuery("SELECT COUNT(p) FROM PeerEntity p WHERE p.state = :s", Long.class)
        .setParameter("s", PeerState.PENDING_INCOMING)
        .getSingleResult();
  }

  @Override
  @Transactional
  public void save(Peer peer) {
    PeerEntity e = entityManager.find(PeerEntity.class, peer.id().value());
    boolean fresh = e == null;
    if (fresh) {
      e = new PeerEntity(peer.id().value());
      e.checkedAt = peer.known().pinnedAt().getEpochSecond();
    }
    InstanceDocument d = peer.known().document();
    e.pinnedThumbprint = d.thumbprint().value();
    e.publicKey = d.publicKey().x();
    e.name = d.name();
    e.operator = d.operator();
    e.description = d.description();
    e.baseUrl = d.baseUrl().value();
    e.endpointDirectory = d.endpoints().directory();
    e.endpointResources = d.endpoints().resources();
    e.endpointInbox = d.endpoints().inbox();
    e.protocolVersion = d.protocolVersion();
    e.documentIssuedAt = d.issuedAt().getEpochSecond();
    e.state = peer.state();
    e.showPeersPeers = peer.showPeersPeers();
    e.pinnedAt = peer.known().pinnedAt().getEpochSecond();
    e.changedAt = peer.changedAt().getEpochSecond();
    if (fresh) {
      entityManager.persist(e);
    }
  }

  /** Records the admin's choice to hide (or show again) everything from or through a peer. */
  @Transactional
  public void setFeedHidden(KeyThumbprint peerId, boolean hidden) {
    PeerEntity e = entityManager.find(PeerEntity.class, peerId.value());
    if (e != null) {
      e.feedHidden = hidden;
    }
  }

  /** Records that the peer's instance document was checked at {@code at}. */
  @Transactional
  public void markChecked(KeyThumbprint peerId, Instant at) {
    PeerEntity e = entityManager.find(PeerEntity.class, peerId.value());
    if (e != null) {
      e.checkedAt = at.getEpochSecond();
    }
  }

  private static PeerRecord toRecord(PeerEntity e) {
    InstanceDocument document =
        new InstanceDocument(
            e.name,
            e.operator,
            e.description,
            new BaseUrl(e.baseUrl),
            Ed25519PublicKey.of(Base64.getUrlDecoder().decode(e.publicKey)),
            new Endpoints(e.endpointDirectory, e.endpointResources, e.endpointInbox),
            e.protocolVersion,
            Instant.ofEpochSecond(e.documentIssuedAt));
    KnownPeer known =
        new KnownPeer(new KeyThumbprint(e.peerId), document, Instant.ofEpochSecond(e.pinnedAt));
    Peer peer = new Peer(known, e.state, e.showPeersPeers, Instant.ofEpochSecond(e.changedAt));
    return new PeerRecord(peer, e.feedHidden, Instant.ofEpochSecond(e.checkedAt));
  }
}
