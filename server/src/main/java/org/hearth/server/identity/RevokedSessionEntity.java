package org.hearth.server.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A session token ended before its expiry. */
@Entity
@Table(name = "revoked_session")
class RevokedSessionEntity {
  @Id
  @Column(length = 64)
  String jti;

  /** When the token would have expired, in seconds since the epoch; the row goes then. */
  @Column(name = "expires_at", nullable = false)
  long expiresAt;

  protected RevokedSessionEntity() {}

  RevokedSessionEntity(String jti, long expiresAt) {
    this.jti = jti;
    this.expiresAt = expiresAt;
  }
}
