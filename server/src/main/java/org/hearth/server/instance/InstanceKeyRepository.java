package org.hearth.server.instance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.KeyThumbprint;

/**
 * Stores the instance key in table {@code instance_key} and its rotations in {@code
 * instance_key_rotation}, each call in its own transaction.
 */
@ApplicationScoped
class InstanceKeyRepository {
  private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64URL_DECODER = Base64.getUrlDecoder();

  @PersistenceContext(unitName = "hearth")
  EntityManager entityManager;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Ed25519KeyPair> find() {
    InstanceKeyEntity entity =
        entityManager.find(InstanceKeyEntity.class, InstanceKeyEntity.CURRENT);
    if (entity == null) {
      return Optional.empty();
    }
    Ed25519KeyPair pair = Ed25519KeyPair.fromSeed(B64URL_DECODER.decode(entity.privateSeed));
    if (!pair.publicKey().x().equals(entity.publicKey)) {
      throw new IllegalStateException("the stored instance key does not match its public half");
    }
    return Optional.of(pair);
  }

  /** Inserts the key; fails if a key is already stored (another node won the race). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void insert(Ed25519KeyPair pair) {
    entityManager.persist(
        new InstanceKeyEntity(
            pair.publicKey().x(),
            B64URL.encodeToString(pair.seed()),
            LocalDate.now(Clock.systemUTC())));
    entityManager.flush();
  }

  /**
   * Replaces the current key {@code current} by {@code next} and appends the signed statement to
   * the chain, in one transaction under a lock on the key row.
   *
   * @throws IllegalStateException if the stored key is no longer {@code current} (another node
   *     rotated first); nothing is written then
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public KeyRotation rotate(Ed25519KeyPair current, Ed25519KeyPair next, String statement) {
    InstanceKeyEntity entity =
        entityManager.find(
            InstanceKeyEntity.class, InstanceKeyEntity.CURRENT, LockModeType.PESSIMISTIC_WRITE);
    if (entity == null || !entity.publicKey.equals(current.publicKey().x())) {
      throw new IllegalStateException("the instance key changed meanwhile");
    }
    Long count =
        entityManager
            .createQuery("SELECT COUNT(r) FROM KeyRotationEntity r", Long.class)
            .getSingleResult();
    LocalDate today = LocalDate.now(Clock.systemUTC());
    KeyRotationEntity row =
        new KeyRotationEntity(
            count.intValue() + 1,
            current.publicKey().thumbprint().value(),
            next.publicKey().thumbprint().value(),
            statement,
            today);
    entityManager.persist(row);
    entity.publicKey = next.publicKey().x();
    entity.privateSeed = B64URL.encodeToString(next.seed());
    entity.createdOn = today;
    entityManager.flush();
    return view(row);
  }

  /** The rotation chain, oldest first. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<KeyRotation> rotations() {
    return entityManager
        .createQuery(
            "SELECT r FROM KeyRotationEntity r ORDER BY r.chainIndex", KeyRotationEntity.class)
        .getResultList()
        .stream()
        .map(InstanceKeyRepository::view)
        .toList();
  }

  private static KeyRotation view(KeyRotationEntity r) {
    return new KeyRotation(
        r.chainIndex,
        new KeyThumbprint(r.oldThumbprint),
        new KeyThumbprint(r.newThumbprint),
        r.statement,
        r.rotatedOn);
  }
}
