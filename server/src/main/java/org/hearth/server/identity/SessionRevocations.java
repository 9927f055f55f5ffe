package org.hearth.server.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.hearth.crypto.jose.SessionToken;
import org.hearth.server.privacy.Coarsening;

/**
 * Ended sessions: the ids of tokens signed out before they expired, kept only until they would have
 * expired anyway. Stored so every node honours a sign-out.
 */
@ApplicationScoped
public class SessionRevocations {
  @PersistenceContext(unitName = "hearth")
  EntityManager entityManager;

  Clock clock = Clock.systemUTC();

  @Transactional
  public void revoke(SessionToken token) {
    long now = clock.instant().getEpochSecond();
    entityManager
        .createQuery("DELETE FROM RevokedSessionEntity r WHERE r.expiresAt < :now")
        .setParameter("now", now)
        .executeUpdate();
    if (entityManager.find(RevokedSessionEntity.class, token.jti()) == null) {
      entityManager.persist(
          // To the next hour: it outlives the token and says less about when it was issued.
          new RevokedSessionEntity(
              token.jti(), Coarsening.HOUR.ceil(token.expiresAt().getEpochSecond())));
    }
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean isRevoked(String jti) {
    return entityManager.find(RevokedSessionEntity.class, jti) != null;
  }
}
