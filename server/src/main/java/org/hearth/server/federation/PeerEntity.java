package org.hearth.server.federation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hearth.federation.PeerState;

/**
 * A peering as stored: the peer's last verified instance document (its key is the pinned one) and
 * the admin's choices. Times are seconds since the epoch.
 */
@Entity
@Table(name = "federation_peer")
class PeerEntity {
  @Id
  @Column(name = "peer_id", length = 43)
  String peerId;

  @Column(name = "pinned_thumbprint", nullable = false, length = 43)
  String pinnedThumbprint;

  /** The pinned key's RFC 8037 {@code x}. */
  @Column(name = "public_key", nullable = false, length = 64)
  String publicKey;

  @Column(nullable = false, length = 100)
  String name;

  @Column(nullable = false, length = 150)
  String operator;

  @Column(nullable = false, length = 2000)
  String description;

  @Column(name = "base_url", nullable = false, length = 256)
  String baseUrl;

  @Column(name = "endpoint_directory", nullable = false, length = 600)
  String endpointDirectory;

  @Column(name = "endpoint_resources", nullable = false, length = 600)
  String endpointResources;

  @Column(name = "endpoint_inbox", nullable = false, length = 600)
  String endpointInbox;

  @Column(name = "protocol_version", nullable = false)
  int protocolVersion;

  @Column(name = "document_issued_at", nullable = false)
  long documentIssuedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  PeerState state;

  @Column(name = "show_peers_peers", nullable = false)
  boolean showPeersPeers;

  /** The admin hides everything that comes from or through this peer. */
  @Column(name = "feed_hidden", nullable = false)
  boolean feedHidden;

  @Column(name = "pinned_at", nullable = false)
  long pinnedAt;

  @Column(name = "changed_at", nullable = false)
  long changedAt;

  /** When the peer's instance document was last fetched and checked. */
  @Column(name = "checked_at", nullable = false)
  long checkedAt;

  protected PeerEntity() {}

  PeerEntity(String peerId) {
    this.peerId = peerId;
  }
}
