package org.hearth.server.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hearth.crypto.jose.SessionToken;
import org.hearth.server.platform.ClusterNotices;
import org.hearth.server.privacy.Coarsening;

/**
 * Ended sessions: the ids of tokens signed out before they expired, kept only until they would have
 * expired anyway. Stored so every node honours a sign-out.
 *
 * <p>Every signed-in request asks whether its session ended, so each node keeps the (few) ended
 * sessions in memory instead of asking the database each time: loaded from the database, then kept
 * current by this node's sign-outs and the other nodes' notices ({@link ClusterNotices}). While a
 * node may have missed notices it asks the database, and reloads once it listens again.
 *
 * <p>Thread-safe.
 */
@ApplicationScoped
public class SessionRevocations {
  @PersistenceContext(unitName = "hearth")
  EntityManager entityManager;

  @Inject ClusterNotices notices;

  Clock clock = Clock.systemUTC();

  /** Token ids ended here or heard of from other nodes, with when they may be forgotten. */
  private final Map<String, Long> heard = new ConcurrentHashMap<>();

  /** Token ids read from the database; null when they must be read again. */
  private volatile Map<String, Long> loaded;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    notices.subscribe(
        ClusterNotices.Channel.SESSION_ENDED,
        jti -> heard.put(jti, forgetAt(SignInService.SESSION_TTL.getSeconds())),
        () -> loaded = null);
  }

  @Transactional
  public void revoke(SessionToken token) {
    long now = clock.instant().getEpochSecond();
    entityManager
        .createQuery("DELETE FROM RevokedSessionEntity r WHERE r.expiresAt < :now")
        .setParameter("now", now)
        .executeUpdate();
    // To the next hour: it outlives the token and says less about when it was issued.
    long expiresAt = Coarsening.HOUR.ceil(token.expiresAt().getEpochSecond());
    if (entityManager.find(RevokedSessionEntity.class, token.jti()) == null) {
      entityManager.persist(new RevokedSessionEntity(token.jti(), expiresAt));
    }
    notices.send(ClusterNotices.Channel.SESSION_ENDED, token.jti());
    heard.entrySet().removeIf(e -> e.getValue() < now);
    heard.put(token.jti(), expiresAt);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean isRevoked(String jti) {
    if (heard.containsKey(jti)) {
      return true;
    }
    if (!notices.inStep()) {
      return entityManager.find(RevokedSessionEntity.class, jti) != null;
    }
    Map<String, Long> known = loaded;
    if (known == null) {
      known = load();
    }
    return known.containsKey(jti);
  }

  private Map<String, Long> load() {
    Map<String, Long> fresh = new ConcurrentHashMap<>();
    entityManager
        .createQuery(
            "SELECT r FROM RevokedSessionEntity r WHERE r.expiresAt >= :now",
            RevokedSessionEntity.class)
        .setParameter("now", clock.instant().getEpochSecond())
        .getResultStream()
        .forEach(r -> fresh.put(r.jti, r.expiresAt));
    loaded = fresh;
    return fresh;
  }

  private long forgetAt(long afterSeconds) {
    return clock.instant().getEpochSecond() + afterSeconds;
  }
}
