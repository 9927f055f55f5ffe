package org.hearth.server.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An admin's public key; revoked keys stay listed with the day they were revoked. */
@Entity
@Table(name = "admin_key")
class AdminKeyEntity {
  @Id
  @Column(length = 43)
  String thumbprint;

  @Column(name = "public_key", nullable = false, length = 64)
  String publicKey;

  @Column(name = "added_on", nullable = false)
  LocalDate addedOn;

  @Column(name = "revoked_on")
  LocalDate revokedOn;

  protected AdminKeyEntity() {}

  AdminKeyEntity(String thumbprint, String publicKey, LocalDate addedOn) {
    this.thumbprint = thumbprint;
    this.publicKey = publicKey;
    this.addedOn = addedOn;
  }
}
