package org.hearth.server.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** KeyPackages in table {@code key_package}. */
@ApplicationScoped
class KeyPackageRepository {
  @PersistenceContext(unitName = "hearth")
  EntityManager entityManager;

  /** Stores a KeyPackage unless its owner already has {@code limit} waiting; drops expired ones. */
  @Transactional
  public boolean insertWithin(KeyPackageEntity keyPackage, int limit, long now) {
    entityManager
        .createQuery("DELETE FROM KeyPackageEntity k WHERE k.expiresAt < :now")
        .setParameter("now", now)
        .executeUpdate();
    long waiting =
        entityManager
            .createQuery(
                "SELECT COUNT(k) FROM KeyPackageEntity k WHERE k.thumbprint = :owner", Long.class)
            .setParameter("owner", keyPackage.thumbprint)
            .getSingleResult();
    if (waiting >= limit) {
      return false;
    }
    entityManager.persist(keyPackage);
    return true;
  }

  /**
   * Removes and returns the owner's oldest-expiring unexpired KeyPackage, if any. The delete by id
   * decides between concurrent claims (portable, no row lock): a loser tries the next one.
   */
  @Transactional
  public Optional<byte[]> claim(String owner, long now) {
    for (int attempt = 0; attempt < 5; attempt++) {
      List<KeyPackageEntity> found =
          entityManager
              .createQuery(
                  "SELECT k FROM KeyPackageEntity k WHERE k.thumbprint = :owner"
                      + " AND k.expiresAt >= :now ORDER BY k.expiresAt, k.id",
                  KeyPackageEntity.class)
              .setParameter("owner", owner)
              .setParameter("now", now)
              .setMaxResults(1)
              .getResultList();
      if (found.isEmpty()) {
        return Optional.empty();
      }
      KeyPackageEntity candidate = found.get(0);
      int deleted =
          entityManager
              .createQuery("DELETE FROM KeyPackageEntity k WHERE k.id = :id")
              .setParameter("id", candidate.id)
              .executeUpdate();
      if (deleted == 1) {
        return Optional.of(candidate.data);
      }
    }
    return Optional.empty();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public long waiting(String owner, long now) {
    return entityManager
        .createQuery(
            "SELECT COUNT(k) FROM KeyPackageEntity k WHERE k.thumbprint = :owner"
                + " AND k.expiresAt >= :now",
            Long.class)
        .setParameter("owner", owner)
        .setParameter("now", now)
        .getSingleResult();
  }

  /** Removes every KeyPackage of {@code owner}. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void deleteAll(String owner) {
    entityManager
        .createQuery("DELETE FROM KeyPackageEntity k WHERE k.thumbprint = :owner")
        .setParameter("owner", owner)
        .executeUpdate();
  }
}
