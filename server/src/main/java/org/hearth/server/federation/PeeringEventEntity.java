package org.hearth.server.federation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of the record of peering events; it expires. */
@Entity
@Table(name = "federation_event")
class PeeringEventEntity {
  @Id
  @Column(length = 36)
  String id;

  @Column(nullable = false)
  long at;

  @Column(name = "peer_id", length = 43)
  String peerId;

  @Column(name = "peer_name", length = 100)
  String peerName;

  @Column(nullable = false, length = 40)
  String kind;

  @Column(length = 300)
  String detail;

  @Column(name = "expires_at", nullable = false)
  long expiresAt;

  protected PeeringEventEntity() {}
}
