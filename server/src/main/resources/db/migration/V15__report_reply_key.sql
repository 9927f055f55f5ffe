-- Hearth schema, version 15: a report may carry the reply key its reporter's client made for it,
-- a fresh X25519 public key (32 bytes) to which facilitators encrypt a private reply inside the
-- group (docs/reports.md, "Replying privately"). Random and used for nothing else, it names
-- nobody; it is deleted with the report.
ALTER TABLE report ADD COLUMN reply_key BYTEA;
