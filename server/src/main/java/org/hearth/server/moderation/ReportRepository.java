package org.hearth.server.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.hearth.server.platform.GroupKeyId;

/** Reports and mutes in their tables. */
@ApplicationScoped
class ReportRepository {
  @PersistenceContext(unitName = "hearth")
  EntityManager entityManager;

  /** Stores a report; false when the same reporter's report of that message won a race. */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean insert(ReportEntity report) {
    try {
      entityManager.persist(report);
      entityManager.flush();
      return true;
    } catch (jakarta.persistence.PersistenceException e) {
      return false;
    }
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean exists(String groupId, long seq, String reporterTag) {
    return !entityManager
        .createQuery(
            "SELECT r.id FROM ReportEntity r WHERE r.groupId = :group AND r.seq = :seq"
                + " AND r.reporterTag = :tag",
            String.class)
        .setParameter("group", groupId)
        .setParameter("seq", seq)
        .setParameter("tag", reporterTag)
        .getResultList()
        .isEmpty();
  }

  /** Distinct reporters of open reports against {@code accused} filed at or after {@code since}. */
  @Transactional(Transactional.TxType.MANDATORY)
  public long distinctReporters(String groupId, String accused, long since) {
    return entityManager
        .createQuery(
            "SELECT COUNT(DISTINCT r.reporterTag) FROM ReportEntity r WHERE r.groupId = :group"
                + " AND r.accused = :accused AND r.createdAt >= :since AND r.state = :open",
            Long.class)
        .setParameter("group", groupId)
        .setParameter("accused", accused)
        .setParameter("since", since)
        .setParameter("open", ReportState.OPEN)
        .getSingleResult();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ReportEntity> inGroup(String groupId, List<ReportState> states, long now) {
    return entityManager
        .createQuery(
            "SELECT r FROM ReportEntity r WHERE r.groupId = :group AND r.state IN :states"
                + " AND r.expiresAt > :now ORDER BY r.createdAt, r.id",
            ReportEntity.class)
        .setParameter("group", groupId)
        .setParameter("states", states)
        .setParameter("now", now)
        .getResultList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ReportEntity> inState(ReportState state, long now) {
    return entityManager
        .createQuery(
            "SELECT r FROM ReportEntity r WHERE r.state = :state AND r.expiresAt > :now"
                + " ORDER BY r.createdAt, r.id",
            ReportEntity.class)
        .setParameter("state", state)
        .setParameter("now", now)
        .getResultList();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<ReportEntity> lock(String id) {
    return Optional.ofNullable(
        entityManager.find(
            ReportEntity.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
  }

  /** Closes every open or escalated report against {@code accused} in the group. */
  @Transactional(Transactional.TxType.MANDATORY)
  public int closeAllAgainst(String groupId, String accused, ReportState state) {
    return entityManager
        .createQuery(
            "UPDATE ReportEntity r SET r.state = :state WHERE r.groupId = :group"
                + " AND r.accused = :accused AND r.state IN :pending")
        .setParameter("state", state)
        .setParameter("group", groupId)
        .setParameter("accused", accused)
        .setParameter("pending", List.of(ReportState.OPEN, ReportState.ESCALATED))
        .executeUpdate();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<MuteEntity> mute(String groupId, String thumbprint) {
    return Optional.ofNullable(
        entityManager.find(MuteEntity.class, new GroupKeyId(groupId, thumbprint)));
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void mute(String groupId, String thumbprint, long until) {
    MuteEntity existing = entityManager.find(MuteEntity.class, new GroupKeyId(groupId, thumbprint));
    if (existing == null) {
      entityManager.persist(new MuteEntity(groupId, thumbprint, until));
    } else {
      existing.mutedUntil = Math.max(existing.mutedUntil, until);
    }
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public boolean unmute(String groupId, String thumbprint) {
    MuteEntity existing = entityManager.find(MuteEntity.class, new GroupKeyId(groupId, thumbprint));
    if (existing == null) {
      return false;
    }
    entityManager.remove(existing);
    return true;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<MuteEntity> mutes(String groupId, long now) {
    return entityManager
        .createQuery(
            "SELECT m FROM MuteEntity m WHERE m.groupId = :group AND m.mutedUntil > :now"
                + " ORDER BY m.mutedUntil, m.thumbprint",
            MuteEntity.class)
        .setParameter("group", groupId)
        .setParameter("now", now)
        .getResultList();
  }
}
