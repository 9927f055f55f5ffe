package org.hearth.server.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Admin keys and the setup code in tables {@code admin_key} and {@code admin_setup}. */
@ApplicationScoped
class AdminRepository {
  @PersistenceContext(unitName = "hearth")
  EntityManager entityManager;

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AdminKeyEntity> all() {
    return entityManager
        .createQuery(
            "SELECT a FROM AdminKeyEntity a ORDER BY a.addedOn, a.thumbprint", AdminKeyEntity.class)
        .getResultList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public long activeCount() {
    return entityManager
        .createQuery("SELECT COUNT(a) FROM AdminKeyEntity a WHERE a.revokedOn IS NULL", Long.class)
        .getSingleResult();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<AdminKeyEntity> find(String thumbprint) {
    return Optional.ofNullable(entityManager.find(AdminKeyEntity.class, thumbprint));
  }

  @Transactional
  public void insert(AdminKeyEntity key) {
    entityManager.persist(key);
  }

  /** Revokes a key unless it is the last active one; returns false when it was the last. */
  @Transactional
  public boolean revokeUnlessLast(String thumbprint, LocalDate today) {
    AdminKeyEntity key = entityManager.find(AdminKeyEntity.class, thumbprint);
    if (key == null || key.revokedOn != null) {
      return true;
    }
    if (activeCount() <= 1) {
      return false;
    }
    key.revokedOn = today;
    return true;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<AdminSetupEntity> setup() {
    return Optional.ofNullable(entityManager.find(AdminSetupEntity.class, AdminSetupEntity.ONLY));
  }

  @Transactional
  public void replaceSetup(String codeHash, long expiresAt) {
    AdminSetupEntity existing = entityManager.find(AdminSetupEntity.class, AdminSetupEntity.ONLY);
    if (existing != null) {
      entityManager.remove(existing);
      entityManager.flush();
    }
    entityManager.persist(new AdminSetupEntity(codeHash, expiresAt));
  }

  /**
   * Spends the setup code and registers the first key in one transaction.
   *
   * @return false (and nothing changed) when the code is not the outstanding, unexpired one
   */
  @Transactional
  public boolean redeemSetup(String codeHash, long now, AdminKeyEntity key) {
    int spent =
        entityManager
            .createQuery(
                "DELETE FROM AdminSetupEntity s WHERE s.codeHash = :hash AND s.expiresAt >= :now")
            .setParameter("hash", codeHash)
            .setParameter("now", now)
            .executeUpdate();
    if (spent != 1) {
      return false;
    }
    AdminKeyEntity existing = entityManager.find(AdminKeyEntity.class, key.thumbprint);
    if (existing == null) {
      entityManager.persist(key);
    } else {
      existing.revokedOn = null;
    }
    return true;
  }
}
