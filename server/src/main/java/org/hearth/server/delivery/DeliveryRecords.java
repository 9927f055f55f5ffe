package org.hearth.server.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.server.groups.GroupId;

/**
 * What other features may read of the delivery service's records: an epoch's stored GroupInfo, an
 * application message's public framing (never its ciphertext), membership, and how many join
 * requests wait. Read-only.
 */
@ApplicationScoped
public class DeliveryRecords {
  /**
   * A stored application message as the server knows it.
   *
   * @param epoch the epoch it was sent in
   * @param author the key that sent it, empty once deleted or unlinked
   */
  public record StoredMessage(long seq, long epoch, Optional<KeyThumbprint> author) {}

  @PersistenceContext(unitName = "hearth")
  EntityManager entityManager;

  @Inject GroupLedger ledger;
  @Inject JoinLedger joins;

  Clock clock = Clock.systemUTC();

  /** The GroupInfo the server accepted for that epoch, while it is kept. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<byte[]> groupInfo(GroupId group, long epoch) {
    GroupEpochEntity.Key key = new GroupEpochEntity.Key();
    key.groupId = group.toString();
    key.epoch = epoch;
    GroupEpochEntity found = entityManager.find(GroupEpochEntity.class, key);
    return Optional.ofNullable(found).map(e -> e.groupInfo.clone());
  }

  /** The application message at {@code seq}, if there is one. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<StoredMessage> applicationMessage(GroupId group, long seq) {
    MessageEntity.Key key = new MessageEntity.Key();
    key.groupId = group.toString();
    key.seq = seq;
    MessageEntity found = entityManager.find(MessageEntity.class, key);
    if (found == null || found.kind != MessageKind.APPLICATION) {
      return Optional.empty();
    }
    return Optional.of(
        new StoredMessage(
            found.seq, found.epoch, Optional.ofNullable(found.author).map(KeyThumbprint::new)));
  }

  /** Whether the key has a leaf in the group's current tree. */
  public boolean isMember(GroupId group, KeyThumbprint key) {
    return ledger.isMember(group.toString(), key.value());
  }

  /** Join requests waiting for a facilitator. */
  public int pendingJoinRequests(GroupId group) {
    return joins.requests(group.toString(), clock.instant().getEpochSecond()).size();
  }
}
