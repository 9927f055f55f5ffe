import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile, mentionsCrisis, normalise } from '../src/crisis.js';

const matchers = compile(['kill myself', "can't go on", 'self-harm', '*jiua', 'nataka kufa']);

test('finds a phrase whatever the case, accents, apostrophes and punctuation', () => {
  assert.ok(mentionsCrisis(matchers, 'Sometimes I want to KILL  myself.'));
  assert.ok(mentionsCrisis(matchers, 'I cant go on like this'));
  assert.ok(mentionsCrisis(matchers, 'I can’t go on'));
  assert.ok(mentionsCrisis(matchers, 'thinking about self harm again'));
  assert.ok(mentionsCrisis(matchers, 'title', 'Nataka kufa'));
});

test('a star allows a longer word: Swahili verb prefixes', () => {
  assert.ok(mentionsCrisis(matchers, 'Nadhani nitajiua leo'));
  assert.ok(mentionsCrisis(matchers, 'kujiua'));
});

test('whole words only where there is no star, and ordinary messages pass', () => {
  assert.ok(!mentionsCrisis(matchers, 'I skill myselfie'));
  assert.ok(!mentionsCrisis(matchers, 'Evenings are the hardest for me.'));
  assert.ok(!mentionsCrisis(matchers, 'Ninataka kujiunga na kikundi'));
  assert.ok(!mentionsCrisis(matchers, '', ''));
});

test('normalise keeps letters of every script and folds the rest', () => {
  assert.equal(normalise('  Élan—vital!! 42 '), 'elan vital 42');
});
