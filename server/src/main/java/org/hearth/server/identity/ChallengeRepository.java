package org.hearth.server.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Outstanding challenges in table {@code sign_in_challenge}. */
@ApplicationScoped
class ChallengeRepository {
  @PersistenceContext(unitName = "hearth")
  EntityManager entityManager;

  /** Remembers a challenge, and forgets those that expired before {@code nowSeconds}. */
  @Transactional
  public void remember(String nonce, long expiresAt, long nowSeconds) {
    entityManager
        .createQuery("DELETE FROM ChallengeEntity c WHERE c.expiresAt < :now")
        .setParameter("now", nowSeconds)
        .executeUpdate();
    entityManager.persist(new ChallengeEntity(nonce, expiresAt));
  }

  /**
   * Deletes the challenge if it is outstanding.
   *
   * @return whether this call consumed it; a second call for the same nonce returns false
   */
  @Transactional
  public boolean consume(String nonce) {
    return entityManager
            .createQuery("DELETE FROM ChallengeEntity c WHERE c.nonce = :nonce")
            .setParameter("nonce", nonce)
            .executeUpdate()
        == 1;
  }
}
