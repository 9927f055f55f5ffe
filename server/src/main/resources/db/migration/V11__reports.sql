-- Hearth schema, version 11: verifiable reports under end-to-end encryption, and the mutes that
-- out-of-hours protection applies.

-- A member's report of one application message. evidence is the message's signed
-- AuthenticatedContent (RFC 9420 section 6) as the reporter's client decrypted it: it holds the
-- reported plaintext, which Hearth keeps only here and only until expires_at (90 days by
-- default). The server checked its signature against the sender's leaf key in that epoch's
-- GroupInfo before storing it. accused is the sender's key (thumbprint); reporter_tag is an
-- HMAC of the reporter's key under an instance secret, only to refuse duplicates and to count
-- distinct reporters; it is never shown. created_at is rounded down to the minute.
CREATE TABLE report (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  group_id VARCHAR(36) NOT NULL REFERENCES member_group (id) ON DELETE CASCADE,
  seq BIGINT NOT NULL,
  epoch BIGINT NOT NULL,
  evidence BYTEA NOT NULL,
  accused VARCHAR(43) NOT NULL,
  reporter_tag VARCHAR(64) NOT NULL,
  reason VARCHAR(16) NOT NULL,
  note VARCHAR(500),
  state VARCHAR(12) NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  UNIQUE (group_id, seq, reporter_tag)
);

CREATE INDEX report_by_group ON report (group_id, state);
CREATE INDEX report_by_accused ON report (group_id, accused, created_at);
CREATE INDEX report_by_expiry ON report (expires_at);

-- A member whose application messages the group refuses until muted_until, because enough
-- distinct members reported them while no facilitator was on duty. A facilitator lifts it by
-- reviewing; the purge deletes it once it has ended.
CREATE TABLE member_mute (
  group_id VARCHAR(36) NOT NULL REFERENCES member_group (id) ON DELETE CASCADE,
  thumbprint VARCHAR(43) NOT NULL,
  muted_until BIGINT NOT NULL,
  PRIMARY KEY (group_id, thumbprint)
);

CREATE INDEX member_mute_by_expiry ON member_mute (muted_until);
