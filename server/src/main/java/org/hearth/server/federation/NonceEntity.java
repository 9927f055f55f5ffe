package org.hearth.server.federation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A nonce seen from a sender, kept until it could no longer pass the freshness check. */
@Entity
@Table(name = "federation_nonce")
class NonceEntity {
  /** {@code sender thumbprint ":" nonce}. */
  @Id
  @Column(length = 110)
  String id;

  @Column(name = "expires_at", nullable = false)
  long expiresAt;

  protected NonceEntity() {}

  NonceEntity(String id, long expiresAt) {
    this.id = id;
    this.expiresAt = expiresAt;
  }
}
