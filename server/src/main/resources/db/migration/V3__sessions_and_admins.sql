-- Hearth schema, version 3: signed-out sessions, admin keys and the one-time admin setup code.

-- Ids of session tokens ended before their expiry; each row goes when the token would have expired.
CREATE TABLE revoked_session (
  jti VARCHAR(64) NOT NULL PRIMARY KEY,
  expires_at BIGINT NOT NULL
);

CREATE INDEX revoked_session_by_expiry ON revoked_session (expires_at);

-- Keys of the instance's admins. Admins sign in with a key, never a password.
CREATE TABLE admin_key (
  thumbprint VARCHAR(43) NOT NULL PRIMARY KEY,
  public_key VARCHAR(64) NOT NULL,
  added_on DATE NOT NULL,
  revoked_on DATE
);

-- The outstanding one-time setup code (only its SHA-256), made when no admin exists or on recovery.
CREATE TABLE admin_setup (
  id SMALLINT NOT NULL PRIMARY KEY,
  code_hash VARCHAR(64) NOT NULL,
  expires_at BIGINT NOT NULL
);
