-- Hearth schema, version 4: support groups' public descriptors and their facilitators.
-- Only what anyone may see about a group lives here; its conversation is MLS ciphertext.

CREATE TABLE member_group (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  name VARCHAR(80) NOT NULL,
  description VARCHAR(1000) NOT NULL,
  language VARCHAR(16) NOT NULL,
  size_cap INTEGER NOT NULL,
  join_policy VARCHAR(16) NOT NULL,
  facilitation_hours VARCHAR(200),
  guidelines VARCHAR(8000) NOT NULL,
  guidelines_version INTEGER NOT NULL,
  listed BOOLEAN NOT NULL,
  retention_days INTEGER NOT NULL,
  created_on DATE NOT NULL
);

CREATE INDEX member_group_by_language ON member_group (language);

CREATE TABLE group_topic (
  group_id VARCHAR(36) NOT NULL REFERENCES member_group (id) ON DELETE CASCADE,
  topic VARCHAR(32) NOT NULL,
  PRIMARY KEY (group_id, topic)
);

CREATE INDEX group_topic_by_topic ON group_topic (topic);

-- Facilitators by the thumbprint of the key they use in that group.
CREATE TABLE group_facilitator (
  group_id VARCHAR(36) NOT NULL REFERENCES member_group (id) ON DELETE CASCADE,
  thumbprint VARCHAR(43) NOT NULL,
  PRIMARY KEY (group_id, thumbprint)
);
