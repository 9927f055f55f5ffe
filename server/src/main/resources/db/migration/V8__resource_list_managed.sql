-- Hearth schema, version 8: the resource list is managed by the admin and shared with peers.
-- Areas widen from countries to ISO 3166-1 alpha-2, ISO 3166-2 subdivisions and UN M49
-- regions ("ZZ", the old pseudo-country for international entries, becomes M49 "001", the
-- world). Hours become 24/7 or a schedule in a time zone; cost one of FREE, LOW_COST, PAID,
-- VARIES; verification gets a time; every entry gets a time of last change.

ALTER TABLE help_resource_country ALTER COLUMN country SET DATA TYPE VARCHAR(6);
UPDATE help_resource_country SET country = '001' WHERE country = 'ZZ';

ALTER TABLE help_resource ADD COLUMN hours_always BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE help_resource ADD COLUMN hours_zone VARCHAR(40);
ALTER TABLE help_resource ADD COLUMN verified_at BIGINT;
ALTER TABLE help_resource ADD COLUMN updated_at BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE help_resource ALTER COLUMN description SET DATA TYPE VARCHAR(2000);

UPDATE help_resource SET hours_always = TRUE, hours = NULL WHERE hours = '24/7';
UPDATE help_resource SET hours_zone = 'UTC' WHERE hours IS NOT NULL;
UPDATE help_resource SET cost = 'FREE' WHERE cost = 'Free';
UPDATE help_resource SET cost = 'VARIES' WHERE cost IS NOT NULL AND cost <> 'FREE';
-- 2026-11-01T00:00:00Z, the verification date of the seeded entries.
UPDATE help_resource SET verified_at = 1793491200 WHERE verified_on = DATE '2026-11-01';
UPDATE help_resource SET updated_at = 1793491200;

ALTER TABLE help_resource DROP COLUMN verified_on;
