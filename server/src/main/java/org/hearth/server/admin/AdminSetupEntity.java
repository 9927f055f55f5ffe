package org.hearth.server.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The outstanding setup code, as its SHA-256 only. There is at most one, id 1. */
@Entity
@Table(name = "admin_setup")
class AdminSetupEntity {
  static final short ONLY = 1;

  @Id short id;

  @Column(name = "code_hash", nullable = false, length = 64)
  String codeHash;

  @Column(name = "expires_at", nullable = false)
  long expiresAt;

  protected AdminSetupEntity() {}

  AdminSetupEntity(String codeHash, long expiresAt) {
    this.id = ONLY;
    this.codeHash = codeHash;
    this.expiresAt = expiresAt;
  }
}
