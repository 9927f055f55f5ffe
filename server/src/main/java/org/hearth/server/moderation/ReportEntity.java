package org.hearth.server.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A verified report as stored (see V11): the evidence holds the reported plaintext. */
@Entity
@Table(name = "report")
class ReportEntity {
  @Id
  @Column(length = 36)
  String id;

  @Column(name = "group_id", nullable = false, length = 36)
  String groupId;

  @Column(nullable = false)
  long seq;

  @Column(nullable = false)
  long epoch;

  @Column(nullable = false)
  byte[] evidence;

  @Column(nullable = false, length = 43)
  String accused;

  @Column(name = "reporter_tag", nullable = false, length = 64)
  String reporterTag;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  ReportReason reason;

  @Column(length = 500)
  String note;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  ReportState state;

  @Column(name = "created_at", nullable = false)
  long createdAt;

  @Column(name = "expires_at", nullable = false)
  long expiresAt;

  /** The reporter's X25519 public key for a private reply (V15), or null. */
  @Column(name = "reply_key")
  byte[] replyKey;

  protected ReportEntity() {}

  ReportEntity(String id, String groupId) {
    this.id = id;
    this.groupId = groupId;
  }
}
