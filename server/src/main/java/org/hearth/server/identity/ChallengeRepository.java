package org.hearth.server.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.SQLException;

/**
 * Answered challenges in table {@code sign_in_challenge}, kept until they expire so that none is
 * accepted twice; the retention job deletes them after.
 */
@ApplicationScoped
class ChallengeRepository {
  @PersistenceContext(unitName = "hearth")
  EntityManager entityManager;

  /**
   * Records that the challenge with {@code nonce} was answered.
   *
   * @return whether this call spent it; false when it was answered before. Two calls for the same
   *     nonce at the same moment may instead end in a unique-key violation for one of them (see
   *     {@link #isDuplicate}).
   */
  @Transactional
  public boolean spend(String nonce, long expiresAt) {
    if (entityManager.find(ChallengeEntity.class, nonce) != null) {
      return false;
    }
    entityManager.persist(new ChallengeEntity(nonce, expiresAt));
    entityManager.flush();
    return true;
  }

  /** Whether {@code e} comes from a second insert of the same nonce (SQLSTATE class 23). */
  static boolean isDuplicate(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }
}
