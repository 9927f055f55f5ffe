package org.hearth.server.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Join requests, pending Welcomes and invite codes in their tables. */
@ApplicationScoped
class JoinLedger {
  @PersistenceContext(unitName = "hearth")
  EntityManager entityManager;

  @Transactional(Transactional.TxType.MANDATORY)
  public void request(JoinRequestEntity request) {
    entityManager.persist(request);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<JoinRequestEntity> requests(String groupId, long now) {
    return entityManager
        .createQuery(
            "SELECT r FROM JoinRequestEntity r WHERE r.groupId = :group AND r.expiresAt > :now"
                + " ORDER BY r.createdAt, r.id",
            JoinRequestEntity.class)
        .setParameter("group", groupId)
        .setParameter("now", now)
        .getResultList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<JoinRequestEntity> requestOf(String groupId, String thumbprint, long now) {
    return entityManager
        .createQuery(
            "SELECT r FROM JoinRequestEntity r WHERE r.groupId = :group"
                + " AND r.thumbprint = :key AND r.expiresAt > :now",
            JoinRequestEntity.class)
        .setParameter("group", groupId)
        .setParameter("key", thumbprint)
        .setParameter("now", now)
        .getResultStream()
        .findFirst();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<JoinRequestEntity> request(String id) {
    return Optional.ofNullable(entityManager.find(JoinRequestEntity.class, id));
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public boolean deleteRequest(String id) {
    return entityManager
            .createQuery("DELETE FROM JoinRequestEntity r WHERE r.id = :id")
            .setParameter("id", id)
            .executeUpdate()
        == 1;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void welcome(WelcomeEntity welcome) {
    deleteWelcome(welcome.groupId, welcome.thumbprint);
    entityManager.persist(welcome);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<WelcomeEntity> welcomeFor(String groupId, String thumbprint, long now) {
    return entityManager
        .createQuery(
            "SELECT w FROM WelcomeEntity w WHERE w.groupId = :group AND w.thumbprint = :key"
                + " AND w.expiresAt > :now",
            WelcomeEntity.class)
        .setParameter("group", groupId)
        .setParameter("key", thumbprint)
        .setParameter("now", now)
        .getResultStream()
        .findFirst();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public boolean deleteWelcome(String groupId, String thumbprint) {
    return entityManager
            .createQuery(
                "DELETE FROM WelcomeEntity w WHERE w.groupId = :group AND w.thumbprint = :key")
            .setParameter("group", groupId)
            .setParameter("key", thumbprint)
            .executeUpdate()
        > 0;
  }

  /** Drops join requests and Welcomes of these keys in the group. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void forgetAll(String groupId, Collection<String> thumbprints) {
    if (thumbprints.isEmpty()) {
      return;
    }
    for (String entity : List.of("JoinRequestEntity", "WelcomeEntity")) {
      entityManager
          .createQuery(
              "DELETE FROM " + entity + " x WHERE x.groupId = :group AND x.thumbprint IN :keys")
          .setParameter("group", groupId)
          .setParameter("keys", thumbprints)
          .executeUpdate();
    }
  }

  /** Drops the join requests of keys that have been added. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void requestsAnswered(String groupId, Collection<String> thumbprints) {
    if (!thumbprints.isEmpty()) {
      entityManager
          .createQuery(
              "DELETE FROM JoinRequestEntity r WHERE r.groupId = :group AND r.thumbprint IN :keys")
          .setParameter("group", groupId)
          .setParameter("keys", thumbprints)
          .executeUpdate();
    }
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void invite(InviteEntity invite) {
    entityManager.persist(invite);
  }

  /** Uses up an unexpired invite code of the group; false when there is none. */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean redeem(String groupId, String codeHash, long now) {
    return entityManager
            .createQuery(
                "DELETE FROM InviteEntity i WHERE i.codeHash = :hash AND i.groupId = :group"
                    + " AND i.expiresAt > :now")
            .setParameter("hash", codeHash)
            .setParameter("group", groupId)
            .setParameter("now", now)
            .executeUpdate()
        == 1;
  }
}
