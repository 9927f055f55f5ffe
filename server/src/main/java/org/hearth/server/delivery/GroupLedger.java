package org.hearth.server.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hearth.server.platform.GroupKeyId;

/**
 * A group's MLS state and message sequence in tables {@code mls_group}, {@code group_epoch}, {@code
 * group_member} and {@code group_message}. Writers call {@link #lock} first, inside their
 * transaction: the row lock orders every write to one group.
 */
@ApplicationScoped
class GroupLedger {
  @PersistenceContext(unitName = "hearth")
  EntityManager entityManager;

  @jakarta.inject.Inject ClusterSignals signals;

  /** The group's current epoch, locked until the calling transaction ends. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<MlsGroupEntity> lock(String groupId) {
    return Optional.ofNullable(
        entityManager.find(MlsGroupEntity.class, groupId, LockModeType.PESSIMISTIC_WRITE));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<MlsGroupEntity> current(String groupId) {
    return Optional.ofNullable(entityManager.find(MlsGroupEntity.class, groupId));
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void start(MlsGroupEntity group, GroupEpochEntity epoch, String member) {
    entityManager.persist(group);
    entityManager.persist(epoch);
    entityManager.persist(new GroupMemberEntity(group.groupId, member));
  }

  /** Appends a message with the group's next sequence number (the group must be locked). */
  @Transactional(Transactional.TxType.MANDATORY)
  public MessageEntity append(
      MlsGroupEntity group,
      MessageKind kind,
      long epoch,
      long now,
      long expiresAt,
      String author,
      byte[] data) {
    group.lastSeq++;
    MessageEntity message =
        new MessageEntity(group.groupId, group.lastSeq, kind, epoch, now, expiresAt, author, data);
    entityManager.persist(message);
    signals.messageStored(group.groupId, group.lastSeq);
    return message;
  }

  /** The proposals sent in {@code epoch}, in order. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<MessageEntity> proposals(String groupId, long epoch) {
    return entityManager
        .createQuery(
            "SELECT m FROM MessageEntity m WHERE m.groupId = :group AND m.epoch = :epoch"
                + " AND m.kind = :kind ORDER BY m.seq",
            MessageEntity.class)
        .setParameter("group", groupId)
        .setParameter("epoch", epoch)
        .setParameter("kind", MessageKind.PROPOSAL)
        .getResultList();
  }

  /** Closes the current epoch (its GroupInfo now expires with its messages) and opens the next. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void advance(MlsGroupEntity group, byte[] groupInfo, int members, long closedExpiresAt) {
    GroupEpochEntity closed =
        entityManager.find(GroupEpochEntity.class, epochKey(group.groupId, group.epoch));
    if (closed != null) {
      closed.expiresAt = closedExpiresAt;
    }
    group.epoch++;
    group.groupInfo = groupInfo;
    group.memberCount = members;
    entityManager.persist(
        new GroupEpochEntity(group.groupId, group.epoch, groupInfo, Long.MAX_VALUE));
  }

  /** Makes the member table say exactly {@code thumbprints}. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void replaceMembers(String groupId, Collection<String> thumbprints) {
    entityManager
        .createQuery("DELETE FROM GroupMemberEntity m WHERE m.groupId = :group")
        .setParameter("group", groupId)
        .executeUpdate();
    for (String thumbprint : thumbprints) {
      entityManager.persist(new GroupMemberEntity(groupId, thumbprint));
    }
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean isMember(String groupId, String thumbprint) {
    return entityManager.find(GroupMemberEntity.class, memberKey(groupId, thumbprint)) != null;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void removeMember(String groupId, String thumbprint) {
    GroupMemberEntity member =
        entityManager.find(GroupMemberEntity.class, memberKey(groupId, thumbprint));
    if (member != null) {
      entityManager.remove(member);
    }
  }

  /** Messages after {@code after}, oldest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<MessageEntity> after(String groupId, long after, int limit) {
    return entityManager
        .createQuery(
            "SELECT m FROM MessageEntity m WHERE m.groupId = :group AND m.seq > :after"
                + " ORDER BY m.seq",
            MessageEntity.class)
        .setParameter("group", groupId)
        .setParameter("after", after)
        .setMaxResults(limit)
        .getResultList();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<MessageEntity> message(String groupId, long seq) {
    MessageEntity.Key key = new MessageEntity.Key();
    key.groupId = groupId;
    key.seq = seq;
    return Optional.ofNullable(entityManager.find(MessageEntity.class, key));
  }

  /** Forgets which messages {@code thumbprint} sent in the group. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void unlinkAuthor(String groupId, String thumbprint) {
    entityManager
        .createQuery(
            "UPDATE MessageEntity m SET m.author = NULL WHERE m.groupId = :group"
                + " AND m.author = :author")
        .setParameter("group", groupId)
        .setParameter("author", thumbprint)
        .executeUpdate();
  }

  private static GroupEpochEntity.Key epochKey(String groupId, long epoch) {
    GroupEpochEntity.Key key = new GroupEpochEntity.Key();
    key.groupId = groupId;
    key.epoch = epoch;
    return key;
  }

  private static GroupKeyId memberKey(String groupId, String thumbprint) {
    return new GroupKeyId(groupId, thumbprint);
  }
}
