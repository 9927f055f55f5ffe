package org.hearth.server.federation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entry from another instance that the admin chose not to show. */
@Entity
@Table(name = "federation_hidden_entry")
class HiddenEntryEntity {
  /** {@code origin ":" entry id}. */
  @Id
  @Column(length = 110)
  String id;

  @Column(nullable = false, length = 43)
  String origin;

  @Column(name = "entry_id", nullable = false, length = 64)
  String entryId;

  @Column(name = "hidden_at", nullable = false)
  long hiddenAt;

  protected HiddenEntryEntity() {}

  HiddenEntryEntity(String origin, String entryId, long hiddenAt) {
    this.id = origin + ":" + entryId;
    this.origin = origin;
    this.entryId = entryId;
    this.hiddenAt = hiddenAt;
  }
}
