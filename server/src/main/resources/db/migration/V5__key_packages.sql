-- Hearth schema, version 5: MLS KeyPackages members upload for others to add them.
-- Each is handed out once and removed; expired ones are removed too.

CREATE TABLE key_package (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  thumbprint VARCHAR(43) NOT NULL,
  data BYTEA NOT NULL,
  expires_at BIGINT NOT NULL
);

CREATE INDEX key_package_by_owner ON key_package (thumbprint, expires_at);
CREATE INDEX key_package_by_expiry ON key_package (expires_at);
