package org.hearth.server.instance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** The stored instance key. There is one row, id 1; a rotation overwrites it with the new key. */
@Entity
@Table(name = "instance_key")
class InstanceKeyEntity {
  static final short CURRENT = 1;

  @Id short id;

  @Column(name = "public_key", nullable = false, length = 64)
  String publicKey;

  @Column(name = "private_seed", nullable = false, length = 64)
  String privateSeed;

  @Column(name = "created_on", nullable = false)
  LocalDate createdOn;

  protected InstanceKeyEntity() {}

  InstanceKeyEntity(String publicKey, String privateSeed, LocalDate createdOn) {
    this.id = CURRENT;
    this.publicKey = publicKey;
    this.privateSeed = privateSeed;
    this.createdOn = createdOn;
  }
}
