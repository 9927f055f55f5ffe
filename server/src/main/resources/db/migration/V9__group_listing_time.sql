-- Hearth schema, version 9: when a group's public descriptor last changed, so that peers
-- merging the directory keep the newest copy. Groups made before this version count from the
-- start of their creation day.
ALTER TABLE member_group ADD COLUMN updated_at BIGINT;
