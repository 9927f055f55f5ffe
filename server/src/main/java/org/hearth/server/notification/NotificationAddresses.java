package org.hearth.server.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hearth.server.platform.GroupKeyId;

/** Storage of facilitators' notice addresses, and the throttle that claims who is due a notice. */
@ApplicationScoped
class NotificationAddresses {
  /**
   * Deletes the rows of keys that no longer facilitate their group, or that left it (the group has
   * members and the key is not one of them).
   */
  static final String PURGE_FORMER_FACILITATORS =
      "DELETE FROM facilitator_notification WHERE NOT EXISTS (SELECT 1 FROM"
          + " group_facilitator f WHERE f.group_id = facilitator_notification.group_id AND"
          + " f.thumbprint = facilitator_notification.thumbprint) OR (EXISTS (SELECT 1 FROM"
          + " group_member m WHERE m.group_id = facilitator_notification.group_id) AND NOT"
          + " EXISTS (SELECT 1 FROM group_member m WHERE m.group_id ="
          + " facilitator_notification.group_id AND m.thumbprint ="
          + " facilitator_notification.thumbprint))";

  @PersistenceContext(unitName = "hearth")
  EntityManager entityManager;

  @Transactional
  Optional<String> find(String groupId, String thumbprint) {
    return Optional.ofNullable(
            entityManager.find(
                NotificationAddressEntity.class, new GroupKeyId(groupId, thumbprint)))
        .map(row -> row.address);
  }

  /** Sets the address; the throttle carries over from an earlier address. */
  @Transactional
  void put(String groupId, String thumbprint, EmailAddress address) {
    NotificationAddressEntity row =
        entityManager.find(NotificationAddressEntity.class, new GroupKeyId(groupId, thumbprint));
    if (row == null) {
      entityManager.persist(new NotificationAddressEntity(groupId, thumbprint, address.value()));
    } else {
      row.address = address.value();
    }
  }

  /** Deletes the address at once; whether there was one. */
  @Transactional
  boolean delete(String groupId, String thumbprint) {
    return entityManager
            .createQuery(
                "DELETE FROM NotificationAddressEntity n WHERE n.groupId = :group"
                    + " AND n.thumbprint = :key")
            .setParameter("group", groupId)
            .setParameter("key", thumbprint)
            .executeUpdate()
        > 0;
  }

  /**
   * The addresses of the group's facilitators that are due a notice, each marked as sent at {@code
   * sentAt} in the same step (compare-and-set, so that two nodes never both send one).
   *
   * @param dueBefore a row whose last notice is at or before this is due
   */
  @Transactional
  List<String> claimDue(String groupId, long dueBefore, long sentAt) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT n.thumbprint, n.address FROM facilitator_notification n WHERE n.group_id = ?1"
                    + " AND (n.last_sent_at IS NULL OR n.last_sent_at <= ?2) AND EXISTS (SELECT 1"
                    + " FROM group_facilitator f WHERE f.group_id = n.group_id AND f.thumbprint ="
                    + " n.thumbprint)")
            .setParameter(1, groupId)
            .setParameter(2, dueBefore)
            .getResultList();
    List<String> claimed = new ArrayList<>();
    for (Object[] row : rows) {
      int updated =
          entityManager
              .createNativeQuery(
                  "UPDATE facilitator_notification SET last_sent_at = ?1 WHERE group_id = ?2 AND"
                      + " thumbprint = ?3 AND (last_sent_at IS NULL OR last_sent_at <= ?4)")
              .setParameter(1, sentAt)
              .setParameter(2, groupId)
              .setParameter(3, row[0])
              .setParameter(4, dueBefore)
              .executeUpdate();
      if (updated == 1) {
        claimed.add((String) row[1]);
      }
    }
    return claimed;
  }

  /**
   * Deletes the addresses of keys that no longer facilitate their group, or that left it (the group
   * has members and the key is not one of them); returns how many.
   */
  @Transactional
  int purgeFormerFacilitators() {
    return entityManager.createNativeQuery(PURGE_FORMER_FACILITATORS).executeUpdate();
  }
}
