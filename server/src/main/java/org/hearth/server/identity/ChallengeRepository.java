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

  /**
   * Remembers a challenge until it expires. Expired ones are deleted by the retention job, not
   * here: a delete on every challenge cost more than the challenge itself under load.
   */
  @Transactional
  public void remember(String nonce, long expiresAt) {
    entityManager.persist(new ChallengeEntity(nonce, expiresAt));
  }

  /**
   * Deletes the challenge if it is outstanding and has not expired by {@code nowSeconds} (by the
   * expiry the server stored, whatever the answered text says).
   *
   * @return whether this call consumed it; a second call for the same nonce returns false
   */
  @Transactional
  public boolean consume(String nonce, long nowSeconds) {
    return entityManager
            .createQuery(
                "DELETE FROM ChallengeEntity c WHERE c.nonce = :nonce AND c.expiresAt >= :now")
            .setParameter("nonce", nonce)
            .setParameter("now", nowSeconds)
            .executeUpdate()
        == 1;
  }
}
