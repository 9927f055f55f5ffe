package org.hearth.server.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hearth.server.platform.GroupKeyId;

/** A key with a leaf in a group's current ratchet tree. */
@Entity
@Table(name = "group_member")
@IdClass(GroupKeyId.class)
class GroupMemberEntity {
  @Id
  @Column(name = "group_id", length = 36)
  String groupId;

  @Id
  @Column(length = 43)
  String thumbprint;

  protected GroupMemberEntity() {}

  GroupMemberEntity(String groupId, String thumbprint) {
    this.groupId = groupId;
    this.thumbprint = thumbprint;
  }
}
