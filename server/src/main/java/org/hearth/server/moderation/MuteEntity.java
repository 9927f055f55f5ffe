package org.hearth.server.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hearth.server.platform.GroupKeyId;

/** A member the group refuses application messages from until {@code mutedUntil}. */
@Entity
@Table(name = "member_mute")
@IdClass(GroupKeyId.class)
class MuteEntity {
  @Id
  @Column(name = "group_id", length = 36)
  String groupId;

  @Id
  @Column(length = 43)
  String thumbprint;

  @Column(name = "muted_until", nullable = false)
  long mutedUntil;

  protected MuteEntity() {}

  MuteEntity(String groupId, String thumbprint, long mutedUntil) {
    this.groupId = groupId;
    this.thumbprint = thumbprint;
    this.mutedUntil = mutedUntil;
  }
}
