import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fingerprint } from '../src/fingerprint.js';

test('matches the server: the vector of FingerprintTest', () => {
  assert.equal(fingerprint('AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8'), '000G-40R4-0M30-E209-185G-R38E');
});

test('another thumbprint gives another fingerprint of the canonical shape', () => {
  const f = fingerprint('kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k');
  assert.match(f, /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){5}$/);
  assert.notEqual(f, '000G-40R4-0M30-E209-185G-R38E');
});
