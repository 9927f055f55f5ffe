package org.hearth.server.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An uploaded KeyPackage waiting to be handed out. */
@Entity
@Table(name = "key_package")
class KeyPackageEntity {
  @Id
  @Column(length = 36)
  String id;

  @Column(nullable = false, length = 43)
  String thumbprint;

  @Column(nullable = false)
  byte[] data;

  /** Seconds since the epoch. */
  @Column(name = "expires_at", nullable = false)
  long expiresAt;

  protected KeyPackageEntity() {}

  KeyPackageEntity(String id, String thumbprint, byte[] data, long expiresAt) {
    this.id = id;
    this.thumbprint = thumbprint;
    this.data = data;
    this.expiresAt = expiresAt;
  }
}
