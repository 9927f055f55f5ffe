package org.hearth.server.instance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One link of the instance key's rotation chain: a statement signed by the key it retires. */
@Entity
@Table(name = "instance_key_rotation")
class KeyRotationEntity {
  @Id
  @Column(name = "chain_index")
  int chainIndex;

  @Column(name = "old_thumbprint", nullable = false, length = 43)
  String oldThumbprint;

  @Column(name = "new_thumbprint", nullable = false, length = 43)
  String newThumbprint;

  @Column(name = "statement", nullable = false, length = 16384)
  String statement;

  @Column(name = "rotated_on", nullable = false)
  LocalDate rotatedOn;

  protected KeyRotationEntity() {}

  KeyRotationEntity(
      int chainIndex,
      String oldThumbprint,
      String newThumbprint,
      String statement,
      LocalDate rotatedOn) {
    this.chainIndex = chainIndex;
    this.oldThumbprint = oldThumbprint;
    this.newThumbprint = newThumbprint;
    this.statement = statement;
    this.rotatedOn = rotatedOn;
  }
}
