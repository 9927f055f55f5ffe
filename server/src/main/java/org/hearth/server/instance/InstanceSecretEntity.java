package org.hearth.server.instance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A named random secret of the instance, shared by all its nodes. */
@Entity
@Table(name = "instance_secret")
class InstanceSecretEntity {
  @Id
  @Column(length = 32)
  String name;

  @Column(nullable = false, length = 128)
  String secret;

  @Column(name = "created_on", nullable = false)
  LocalDate createdOn;

  protected InstanceSecretEntity() {}

  InstanceSecretEntity(String name, String secret, LocalDate createdOn) {
    this.name = name;
    this.secret = secret;
    this.createdOn = createdOn;
  }
}
