package org.hearth.server.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hearth.server.platform.GroupKeyId;

/** A Welcome waiting for a member a commit added. */
@Entity
@Table(name = "pending_welcome")
@IdClass(GroupKeyId.class)
class WelcomeEntity {
  @Id
  @Column(name = "group_id", length = 36)
  String groupId;

  @Id
  @Column(length = 43)
  String thumbprint;

  @Column(nullable = false)
  byte[] data;

  /** The sequence number of the commit that added the member. */
  @Column(nullable = false)
  long seq;

  @Column(nullable = false)
  long epoch;

  @Column(name = "expires_at", nullable = false)
  long expiresAt;

  protected WelcomeEntity() {}

  WelcomeEntity(
      String groupId, String thumbprint, byte[] data, long seq, long epoch, long expiresAt) {
    this.groupId = groupId;
    this.thumbprint = thumbprint;
    this.data = data;
    this.seq = seq;
    this.epoch = epoch;
    this.expiresAt = expiresAt;
  }
}
