package org.hearth.server.privacy;

import static org.hearth.server.privacy.StoredTable.column;
import static org.hearth.server.privacy.StoredTable.table;
import static org.hearth.server.privacy.StoredTable.time;

import java.time.Duration;
import java.util.List;

/**
 * Federation with peer instances: peerings, cached feeds, nonces, published feeds, hidden entries
 * and peering events. Everything here is about instances, never about members.
 */
final class FederationRecords {
  private FederationRecords() {}

  /** How long a peer's last good feed is kept after the peer last confirmed it. */
  static final Duration FEED_KEEP = Duration.ofDays(30);

  static final List<StoredTable> TABLES =
      List.of(
          table(
              "federation_peer",
              "federation_peer",
              Retention.lifecycle("peer"),
              Erasure.NONE,
              column("peer_id", "peer_id"),
              column("pinned_thumbprint", "peer_key"),
              column("public_key", "peer_key"),
              column("name", "peer_document"),
              column("operator", "peer_document"),
              column("description", "peer_document"),
              column("base_url", "peer_document"),
              column("endpoint_directory", "peer_document"),
              column("endpoint_resources", "peer_document"),
              column("endpoint_inbox", "peer_document"),
              column("protocol_version", "peer_document"),
              time("document_issued_at", "peer_document", Coarsening.EXACT),
              column("state", "peer_state"),
              column("show_peers_peers", "peer_state"),
              column("feed_hidden", "peer_state"),
              time("pinned_at", "peer_state", Coarsening.EXACT),
              time("changed_at", "changed", Coarsening.EXACT),
              time("checked_at", "peer_checked", Coarsening.EXACT)),
          table(
              "federation_feed",
              "federation_feed",
              Retention.age("confirmed_at", FEED_KEEP, "hearth.federation.feed.keep", "feed"),
              Erasure.NONE,
              column("id", "row_id"),
              column("peer_id", "peer_id"),
              column("kind", "feed_kind"),
              column("wire", "feed_copy"),
              column("etag", "feed_version"),
              column("sequence", "feed_version"),
              time("fetched_at", "feed_fetched", Coarsening.EXACT),
              time("confirmed_at", "feed_fetched", Coarsening.EXACT)),
          table(
              "federation_nonce",
              "federation_nonce",
              Retention.expiresAt("expires_at", "nonce"),
              Erasure.NONE,
              column("id", "nonce"),
              time("expires_at", "expiry", Coarsening.EXACT)),
          table(
              "federation_published_feed",
              "published_feed",
              Retention.lifecycle("published_feed"),
              Erasure.NONE,
              column("kind", "feed_kind"),
              column("sequence", "feed_version"),
              column("content_digest", "feed_version"),
              column("wire", "feed_copy"),
              column("etag", "feed_version"),
              time("issued_at", "changed", Coarsening.EXACT)),
          table(
              "federation_hidden_entry",
              "hidden_entry",
              Retention.lifecycle("admin_removes"),
              Erasure.NONE,
              column("id", "row_id"),
              column("origin", "peer_id"),
              column("entry_id", "hidden_entry"),
              time("hidden_at", "changed", Coarsening.EXACT)),
          table(
              "federation_event",
              "peering_event",
              Retention.expiresAt(
                  "expires_at",
                  "peering_event",
                  "hearth.federation.events.keep",
                  Duration.ofDays(90)),
              Erasure.NONE,
              column("id", "row_id"),
              time("at", "peering_event", Coarsening.EXACT),
              column("peer_id", "peer_id"),
              column("peer_name", "peer_document"),
              column("kind", "peering_event"),
              column("detail", "peering_event"),
              time("expires_at", "expiry", Coarsening.EXACT)));
}
