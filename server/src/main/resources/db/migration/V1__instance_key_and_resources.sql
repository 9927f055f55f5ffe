-- Hearth schema, version 1: the instance key and the resource list with its seed entries.
-- Portable SQL: the same file runs on H2 and PostgreSQL.

CREATE TABLE instance_key (
  id SMALLINT NOT NULL PRIMARY KEY,
  public_key VARCHAR(64) NOT NULL,
  private_seed VARCHAR(64) NOT NULL,
  created_on DATE NOT NULL
);

CREATE TABLE help_resource (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  kind VARCHAR(16) NOT NULL,
  name VARCHAR(200) NOT NULL,
  description VARCHAR(1000),
  languages VARCHAR(100) NOT NULL,
  phone VARCHAR(40),
  sms_number VARCHAR(40),
  sms_keyword VARCHAR(40),
  url VARCHAR(500),
  hours VARCHAR(100),
  cost VARCHAR(100),
  verified_by VARCHAR(200),
  verified_on DATE,
  review_by DATE,
  list_order INTEGER NOT NULL
);

CREATE TABLE help_resource_country (
  resource_id VARCHAR(36) NOT NULL REFERENCES help_resource (id) ON DELETE CASCADE,
  country VARCHAR(2) NOT NULL,
  PRIMARY KEY (resource_id, country)
);

CREATE INDEX help_resource_country_by_country ON help_resource_country (country);

-- Seed entries. The two crisis lines below are public, well-known services; their review-by
-- date makes them show as unverified unless an admin re-verifies them. The Ugandan
-- organisations are listed without contact details until an admin adds and verifies them:
-- Hearth never invents a number.
INSERT INTO help_resource (id, kind, name, description, languages, phone, sms_number, sms_keyword,
  url, hours, cost, verified_by, verified_on, review_by, list_order) VALUES
  ('6f1c1c9e-2c55-4d3e-9f59-8f0e0f7c0988', 'CRISIS_LINE', '988 Suicide & Crisis Lifeline',
   'Call or text 988 to reach a trained crisis counsellor.', 'en,es', '988', '988', NULL,
   'https://988lifeline.org', '24/7', 'Free', 'Hearth defaults', DATE '2026-11-01',
   DATE '2027-05-01', 10),
  ('0d6e4c8a-7b1f-4f0e-8a51-3c2b8a9c0988', 'CRISIS_LINE', '9-8-8: Suicide Crisis Helpline',
   'Call or text 988 to reach a trained responder.', 'en,fr', '988', '988', NULL,
   'https://988.ca', '24/7', 'Free', 'Hearth defaults', DATE '2026-11-01',
   DATE '2027-05-01', 10),
  ('3a8f2d6b-5e4c-4b1a-9d7e-741741741741', 'CRISIS_LINE', 'Crisis Text Line',
   'Text HOME to 741741 to reach a volunteer crisis counsellor.', 'en', NULL, '741741', 'HOME',
   'https://www.crisistextline.org', '24/7', 'Free', 'Hearth defaults', DATE '2026-11-01',
   DATE '2027-05-01', 20),
  ('b7d0a3e1-1f2c-4c5d-8e9f-0a1b2c3d4e01', 'SERVICE', 'Mental Health Uganda',
   NULL, 'en', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 30),
  ('b7d0a3e1-1f2c-4c5d-8e9f-0a1b2c3d4e02', 'SERVICE', 'StrongMinds',
   NULL, 'en', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 31),
  ('b7d0a3e1-1f2c-4c5d-8e9f-0a1b2c3d4e03', 'CLINIC', 'Minders Wellness & Psychological Center',
   NULL, 'en', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 32),
  ('b7d0a3e1-1f2c-4c5d-8e9f-0a1b2c3d4e04', 'CLINIC', 'Butabika National Referral Mental Hospital',
   NULL, 'en', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 33);

INSERT INTO help_resource_country (resource_id, country) VALUES
  ('6f1c1c9e-2c55-4d3e-9f59-8f0e0f7c0988', 'US'),
  ('0d6e4c8a-7b1f-4f0e-8a51-3c2b8a9c0988', 'CA'),
  ('3a8f2d6b-5e4c-4b1a-9d7e-741741741741', 'US'),
  ('b7d0a3e1-1f2c-4c5d-8e9f-0a1b2c3d4e01', 'UG'),
  ('b7d0a3e1-1f2c-4c5d-8e9f-0a1b2c3d4e02', 'UG'),
  ('b7d0a3e1-1f2c-4c5d-8e9f-0a1b2c3d4e03', 'UG'),
  ('b7d0a3e1-1f2c-4c5d-8e9f-0a1b2c3d4e04', 'UG');
