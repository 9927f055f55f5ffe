package org.hearth.server.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A request to join an approval or invite-only group, with the KeyPackage to add. */
@Entity
@Table(name = "join_request")
class JoinRequestEntity {
  @Id
  @Column(length = 36)
  String id;

  @Column(name = "group_id", nullable = false, length = 36)
  String groupId;

  @Column(nullable = false, length = 43)
  String thumbprint;

  @Column(name = "key_package", nullable = false)
  byte[] keyPackage;

  @Column(name = "created_at", nullable = false)
  long createdAt;

  @Column(name = "expires_at", nullable = false)
  long expiresAt;

  protected JoinRequestEntity() {}

  JoinRequestEntity(
      String id,
      String groupId,
      String thumbprint,
      byte[] keyPackage,
      long createdAt,
      long expiresAt) {
    this.id = id;
    this.groupId = groupId;
    this.thumbprint = thumbprint;
    this.keyPackage = keyPackage;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }
}
