-- Hearth schema, version 12: which version of a group's guidelines each key of the group has
-- accepted. Nothing but the group key (thumbprint) and the version; deleted with the group, and
-- by the purge once the key has not been a member for expires_at.
CREATE TABLE guidelines_acceptance (
  group_id VARCHAR(36) NOT NULL REFERENCES member_group (id) ON DELETE CASCADE,
  thumbprint VARCHAR(43) NOT NULL,
  version INTEGER NOT NULL,
  expires_at BIGINT NOT NULL,
  PRIMARY KEY (group_id, thumbprint)
);

CREATE INDEX guidelines_acceptance_by_expiry ON guidelines_acceptance (expires_at);
