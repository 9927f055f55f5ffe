package org.hearth.server.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A started group's current epoch: the row every write to the group locks first. */
@Entity
@Table(name = "mls_group")
class MlsGroupEntity {
  @Id
  @Column(name = "group_id", length = 36)
  String groupId;

  @Column(nullable = false)
  long epoch;

  /** The current epoch's GroupInfo MLSMessage. */
  @Column(name = "group_info", nullable = false)
  byte[] groupInfo;

  @Column(name = "member_count", nullable = false)
  int memberCount;

  /** The newest message's sequence number; 0 before the first. */
  @Column(name = "last_seq", nullable = false)
  long lastSeq;

  protected MlsGroupEntity() {}

  MlsGroupEntity(String groupId, long epoch, byte[] groupInfo, int memberCount) {
    this.groupId = groupId;
    this.epoch = epoch;
    this.groupInfo = groupInfo;
    this.memberCount = memberCount;
  }
}
