package org.hearth.server.federation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last good copy of one peer's feed of one kind, exactly as received. */
@Entity
@Table(name = "federation_feed")
class FeedEntity {
  /** {@code peer id ":" kind}. */
  @Id
  @Column(length = 64)
  String id;

  @Column(name = "peer_id", nullable = false, length = 43)
  String peerId;

  @Column(nullable = false, length = 16)
  String kind;

  @Column(nullable = false)
  byte[] wire;

  @Column(nullable = false, length = 64)
  String etag;

  @Column(nullable = false)
  long sequence;

  @Column(name = "fetched_at", nullable = false)
  long fetchedAt;

  @Column(name = "confirmed_at", nullable = false)
  long confirmedAt;

  protected FeedEntity() {}

  FeedEntity(String id) {
    this.id = id;
  }
}
