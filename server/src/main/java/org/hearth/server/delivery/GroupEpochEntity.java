package org.hearth.server.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One epoch's GroupInfo, kept as long as that epoch's messages. */
@Entity
@Table(name = "group_epoch")
@IdClass(GroupEpochEntity.Key.class)
class GroupEpochEntity {
  @Id
  @Column(name = "group_id", length = 36)
  String groupId;

  @Id long epoch;

  @Column(name = "group_info", nullable = false)
  byte[] groupInfo;

  @Column(name = "expires_at", nullable = false)
  long expiresAt;

  protected GroupEpochEntity() {}

  GroupEpochEntity(String groupId, long epoch, byte[] groupInfo, long expiresAt) {
    this.groupId = groupId;
    this.epoch = epoch;
    this.groupInfo = groupInfo;
    this.expiresAt = expiresAt;
  }

  /** The composite key (groupId, epoch). */
  public static final class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    String groupId;
    long epoch;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k && Objects.equals(groupId, k.groupId) && epoch == k.epoch;
    }

    @Override
    public int hashCode() {
      return Objects.hash(groupId, epoch);
    }
  }
}
