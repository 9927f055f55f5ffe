import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inQuietHours, parsePreferences } from '../src/prefs.js';

test('preferences fall back to defaults on anything unexpected', () => {
  assert.deepEqual(parsePreferences('{"contrast":true,"breakMinutes":7,"quietFrom":"25:00"}'), {
    contrast: true, largeText: false, breakMinutes: 0, quietFrom: '', quietTo: '',
  });
  assert.equal(parsePreferences('not json').contrast, false);
});

test('quiet hours, including a span across midnight', () => {
  const at = (h, m) => new Date(2024, 0, 1, h, m);
  const night = parsePreferences('{"quietFrom":"22:00","quietTo":"07:30"}');
  assert.equal(inQuietHours(night, at(23, 0)), true);
  assert.equal(inQuietHours(night, at(7, 29)), true);
  assert.equal(inQuietHours(night, at(7, 30)), false);
  assert.equal(inQuietHours(night, at(12, 0)), false);
  const lunch = parsePreferences('{"quietFrom":"12:00","quietTo":"13:00"}');
  assert.equal(inQuietHours(lunch, at(12, 30)), true);
  assert.equal(inQuietHours(lunch, at(13, 0)), false);
  assert.equal(inQuietHours(parsePreferences('{}'), at(3, 0)), false);
});
