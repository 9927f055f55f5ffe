package org.hearth.server.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A challenge handed out and not yet answered: its nonce and when it expires. */
@Entity
@Table(name = "sign_in_challenge")
class ChallengeEntity {
  @Id
  @Column(length = 43)
  String nonce;

  /** Seconds since the epoch. */
  @Column(name = "expires_at", nullable = false)
  long expiresAt;

  protected ChallengeEntity() {}

  ChallengeEntity(String nonce, long expiresAt) {
    this.nonce = nonce;
    this.expiresAt = expiresAt;
  }
}
