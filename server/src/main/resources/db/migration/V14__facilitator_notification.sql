-- Hearth schema, version 14: facilitators' opt-in e-mail notices. One row per group and
-- facilitator key that asked to be told, by e-mail through the instance's own mail server, that
-- a verified report or a join request waits. address is the facilitator's own, set and removed
-- by them; it is never shown to anyone else, never logged and never sent anywhere but to the
-- instance's SMTP server. last_sent_at (rounded down to the minute) throttles notices to one per
-- interval. Deleted at once when the facilitator removes it, with the key's erasure, and by the
-- purge once the key is no longer a facilitator (or member) of the group.
CREATE TABLE facilitator_notification (
  group_id VARCHAR(36) NOT NULL REFERENCES member_group (id) ON DELETE CASCADE,
  thumbprint VARCHAR(43) NOT NULL,
  address VARCHAR(254) NOT NULL,
  last_sent_at BIGINT,
  PRIMARY KEY (group_id, thumbprint)
);
