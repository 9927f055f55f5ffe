-- Hearth schema, version 6: the MLS delivery service. Hearth orders and stores what members
-- send and never holds a secret that would read it: messages are ciphertext, and the only
-- group state is public (GroupInfo with the ratchet tree).

-- A group's current epoch, one row per started group; every write to a group takes this row's
-- lock first, so commits are accepted for the current epoch only and sequence numbers have
-- no gaps.
CREATE TABLE mls_group (
  group_id VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES member_group (id) ON DELETE CASCADE,
  epoch BIGINT NOT NULL,
  group_info BYTEA NOT NULL,
  member_count INTEGER NOT NULL,
  last_seq BIGINT NOT NULL
);

-- Each epoch's GroupInfo, kept as long as the messages of that epoch (reports are checked
-- against the sender's leaf key in it).
CREATE TABLE group_epoch (
  group_id VARCHAR(36) NOT NULL REFERENCES member_group (id) ON DELETE CASCADE,
  epoch BIGINT NOT NULL,
  group_info BYTEA NOT NULL,
  expires_at BIGINT NOT NULL,
  PRIMARY KEY (group_id, epoch)
);

CREATE INDEX group_epoch_by_expiry ON group_epoch (expires_at);

-- Keys with a leaf in a group's current tree, by thumbprint (their credential identity).
CREATE TABLE group_member (
  group_id VARCHAR(36) NOT NULL REFERENCES member_group (id) ON DELETE CASCADE,
  thumbprint VARCHAR(43) NOT NULL,
  PRIMARY KEY (group_id, thumbprint)
);

-- The group's message sequence: handshake messages (PublicMessage) and application messages
-- (PrivateMessage ciphertext). author is the sending key, only so that its owner can delete
-- it; data is NULL once deleted or expired.
CREATE TABLE group_message (
  group_id VARCHAR(36) NOT NULL REFERENCES member_group (id) ON DELETE CASCADE,
  seq BIGINT NOT NULL,
  kind VARCHAR(12) NOT NULL,
  epoch BIGINT NOT NULL,
  sent_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  author VARCHAR(43),
  data BYTEA,
  deleted BOOLEAN NOT NULL,
  PRIMARY KEY (group_id, seq)
);

CREATE INDEX group_message_by_expiry ON group_message (expires_at);

-- Requests to join approval and invite-only groups, with the KeyPackage to add.
CREATE TABLE join_request (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  group_id VARCHAR(36) NOT NULL REFERENCES member_group (id) ON DELETE CASCADE,
  thumbprint VARCHAR(43) NOT NULL,
  key_package BYTEA NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  UNIQUE (group_id, thumbprint)
);

CREATE INDEX join_request_by_expiry ON join_request (expires_at);

-- Welcomes waiting for the members a commit added.
CREATE TABLE pending_welcome (
  group_id VARCHAR(36) NOT NULL REFERENCES member_group (id) ON DELETE CASCADE,
  thumbprint VARCHAR(43) NOT NULL,
  data BYTEA NOT NULL,
  seq BIGINT NOT NULL,
  epoch BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  PRIMARY KEY (group_id, thumbprint)
);

CREATE INDEX pending_welcome_by_expiry ON pending_welcome (expires_at);

-- Invite codes by their SHA-256 (the code itself is shown once and never stored).
CREATE TABLE invite_code (
  code_hash VARCHAR(64) NOT NULL PRIMARY KEY,
  group_id VARCHAR(36) NOT NULL REFERENCES member_group (id) ON DELETE CASCADE,
  expires_at BIGINT NOT NULL
);

CREATE INDEX invite_code_by_expiry ON invite_code (expires_at);
