package org.hearth.server.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hearth.server.platform.GroupKeyId;

/** The guidelines version a group key accepted (see V12): nothing else about the key. */
@Entity
@Table(name = "guidelines_acceptance")
@IdClass(GroupKeyId.class)
class GuidelinesAcceptanceEntity {
  @Id
  @Column(name = "group_id", length = 36)
  String groupId;

  @Id
  @Column(length = 43)
  String thumbprint;

  @Column(nullable = false)
  int version;

  @Column(name = "expires_at", nullable = false)
  long expiresAt;

  protected GuidelinesAcceptanceEntity() {}

  GuidelinesAcceptanceEntity(String groupId, String thumbprint) {
    this.groupId = groupId;
    this.thumbprint = thumbprint;
  }
}
