-- Hearth schema, version 7: federation between instances. Peerings with the key pinned for
-- each, the last good copy of each peer's feeds, nonces of signed requests until they expire,
-- the feeds this instance publishes, entries the admin hid, and a record of peering events
-- that expires. Times are seconds since the epoch (UTC).

-- One row per peering, by the thumbprint the peer was first pinned with. The instance
-- document fields are the peer's last verified document; pinned_thumbprint is its key now.
CREATE TABLE federation_peer (
  peer_id VARCHAR(43) NOT NULL PRIMARY KEY,
  pinned_thumbprint VARCHAR(43) NOT NULL,
  public_key VARCHAR(64) NOT NULL,
  name VARCHAR(100) NOT NULL,
  operator VARCHAR(150) NOT NULL,
  description VARCHAR(2000) NOT NULL,
  base_url VARCHAR(256) NOT NULL,
  endpoint_directory VARCHAR(600) NOT NULL,
  endpoint_resources VARCHAR(600) NOT NULL,
  endpoint_inbox VARCHAR(600) NOT NULL,
  protocol_version INTEGER NOT NULL,
  document_issued_at BIGINT NOT NULL,
  state VARCHAR(20) NOT NULL,
  show_peers_peers BOOLEAN NOT NULL,
  feed_hidden BOOLEAN NOT NULL,
  pinned_at BIGINT NOT NULL,
  changed_at BIGINT NOT NULL,
  checked_at BIGINT NOT NULL
);

CREATE INDEX federation_peer_by_pinned ON federation_peer (pinned_thumbprint);

-- The last feed of each kind that verified in full, exactly as received.
CREATE TABLE federation_feed (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  peer_id VARCHAR(43) NOT NULL REFERENCES federation_peer (peer_id) ON DELETE CASCADE,
  kind VARCHAR(16) NOT NULL,
  wire BYTEA NOT NULL,
  etag VARCHAR(64) NOT NULL,
  sequence BIGINT NOT NULL,
  fetched_at BIGINT NOT NULL,
  confirmed_at BIGINT NOT NULL
);

-- Nonces of signed requests, peering requests and notices, kept until they could no longer
-- pass the freshness check (id = sender thumbprint ":" nonce).
CREATE TABLE federation_nonce (
  id VARCHAR(110) NOT NULL PRIMARY KEY,
  expires_at BIGINT NOT NULL
);

CREATE INDEX federation_nonce_by_expiry ON federation_nonce (expires_at);

-- The feeds this instance serves: the signed wire and what it was made from.
CREATE TABLE federation_published_feed (
  kind VARCHAR(16) NOT NULL PRIMARY KEY,
  sequence BIGINT NOT NULL,
  content_digest VARCHAR(43) NOT NULL,
  wire BYTEA NOT NULL,
  etag VARCHAR(64) NOT NULL,
  issued_at BIGINT NOT NULL
);

-- Entries from other instances the admin chose not to show (id = origin ":" entry id).
CREATE TABLE federation_hidden_entry (
  id VARCHAR(110) NOT NULL PRIMARY KEY,
  origin VARCHAR(43) NOT NULL,
  entry_id VARCHAR(64) NOT NULL,
  hidden_at BIGINT NOT NULL
);

-- What happened to peerings, for the admin; each row expires.
CREATE TABLE federation_event (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  at BIGINT NOT NULL,
  peer_id VARCHAR(43),
  peer_name VARCHAR(100),
  kind VARCHAR(40) NOT NULL,
  detail VARCHAR(300),
  expires_at BIGINT NOT NULL
);

CREATE INDEX federation_event_by_expiry ON federation_event (expires_at);
CREATE INDEX federation_event_by_time ON federation_event (at);
