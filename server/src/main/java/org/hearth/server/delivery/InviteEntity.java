package org.hearth.server.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An unused invite code, by its SHA-256. */
@Entity
@Table(name = "invite_code")
class InviteEntity {
  @Id
  @Column(name = "code_hash", length = 64)
  String codeHash;

  @Column(name = "group_id", nullable = false, length = 36)
  String groupId;

  @Column(name = "expires_at", nullable = false)
  long expiresAt;

  protected InviteEntity() {}

  InviteEntity(String codeHash, String groupId, long expiresAt) {
    this.codeHash = codeHash;
    this.groupId = groupId;
    this.expiresAt = expiresAt;
  }
}
