-- Hearth schema, version 2: sign-in challenges and the instance's own secrets.

-- Secrets of the instance shared by all its nodes, such as the session-token key.
CREATE TABLE instance_secret (
  name VARCHAR(32) NOT NULL PRIMARY KEY,
  secret VARCHAR(128) NOT NULL,
  created_on DATE NOT NULL
);

-- Challenges handed out and not yet answered; each is accepted once, then deleted.
CREATE TABLE sign_in_challenge (
  nonce VARCHAR(43) NOT NULL PRIMARY KEY,
  expires_at BIGINT NOT NULL
);

CREATE INDEX sign_in_challenge_by_expiry ON sign_in_challenge (expires_at);
