package org.hearth.server.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One message of a group's sequence: a handshake message or application ciphertext. */
@Entity
@Table(name = "group_message")
@IdClass(MessageEntity.Key.class)
class MessageEntity {
  @Id
  @Column(name = "group_id", length = 36)
  String groupId;

  @Id long seq;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  MessageKind kind;

  @Column(nullable = false)
  long epoch;

  @Column(name = "sent_at", nullable = false)
  long sentAt;

  @Column(name = "expires_at", nullable = false)
  long expiresAt;

  /** The sending key, so its owner alone can delete it; null once unlinked. */
  @Column(length = 43)
  String author;

  /** The MLSMessage; null once deleted or expired. */
  @Column byte[] data;

  @Column(nullable = false)
  boolean deleted;

  protected MessageEntity() {}

  MessageEntity(
      String groupId,
      long seq,
      MessageKind kind,
      long epoch,
      long sentAt,
      long expiresAt,
      String author,
      byte[] data) {
    this.groupId = groupId;
    this.seq = seq;
    this.kind = kind;
    this.epoch = epoch;
    this.sentAt = sentAt;
    this.expiresAt = expiresAt;
    this.author = author;
    this.data = data;
  }

  /** The composite key (groupId, seq). */
  public static final class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    String groupId;
    long seq;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k && Objects.equals(groupId, k.groupId) && seq == k.seq;
    }

    @Override
    public int hashCode() {
      return Objects.hash(groupId, seq);
    }
  }
}
