package org.hearth.server.federation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A feed this instance serves: its signed wire, and a digest of the entries it was made from. */
@Entity
@Table(name = "federation_published_feed")
class PublishedFeedEntity {
  @Id
  @Column(length = 16)
  String kind;

  @Column(nullable = false)
  long sequence;

  @Column(name = "content_digest", nullable = false, length = 43)
  String contentDigest;

  @Column(nullable = false)
  byte[] wire;

  @Column(nullable = false, length = 64)
  String etag;

  @Column(name = "issued_at", nullable = false)
  long issuedAt;

  protected PublishedFeedEntity() {}

  PublishedFeedEntity(String kind) {
    this.kind = kind;
  }
}
