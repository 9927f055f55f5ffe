// The browser's content module against the shared vectors, and round trips of random contents.
// Run by Maven in the test phase (protocol/pom.xml) with the machine's node: node --test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  ContentFormatError,
  MAX_PADDED_LENGTH,
  decode,
  encode,
  paddedLength,
  randomId,
  validate,
} from '../../main/js/content.js';

const vectors = JSON.parse(
  readFileSync(
    new URL('../resources/org/hearth/protocol/content/content-vectors.json', import.meta.url),
    'utf8',
  ),
);

// The file's notation: a list is concatenated, {repeat, times} is repeated.
const expand = (value) =>
  Array.isArray(value)
    ? value.map(expand).join('')
    : value !== null && typeof value === 'object'
      ? value.repeat.repeat(value.times)
      : value;

const bytesOf = (vector) => {
  const hex = expand(vector.encoding).replace(/\s/g, '');
  const bytes = new Uint8Array(vector.padTo);
  for (let i = 0; i < hex.length; i += 2) bytes[i / 2] = parseInt(hex.slice(i, i + 2), 16);
  return bytes;
};

const hex = (bytes) => Buffer.from(bytes).toString('hex');

const fromHex = (h) => Uint8Array.from(h.match(/../g) ?? [], (b) => parseInt(b, 16));
const BYTE_FIELDS = new Set(['kemOutput', 'ciphertext']);
const contentOf = (vector) =>
  Object.fromEntries(
    Object.entries(vector.content).map(([k, v]) => [
      k,
      BYTE_FIELDS.has(k) && v !== null ? fromHex(expand(v)) : expand(v),
    ]),
  );

test('the vector file has vectors of every kind', () => {
  assert.ok(vectors.valid.length > 0);
  assert.ok(vectors.invalidEncodings.length > 0);
  assert.ok(vectors.invalidContents.length > 0);
});

for (const vector of vectors.valid) {
  test(`valid: ${vector.name}`, () => {
    const bytes = bytesOf(vector);
    assert.equal(hex(encode(contentOf(vector))), hex(bytes));
    assert.deepEqual(decode(bytes), contentOf(vector));
  });
}

for (const vector of vectors.invalidEncodings) {
  test(`invalid encoding: ${vector.name}`, () => {
    assert.throws(
      () => decode(bytesOf(vector)),
      (e) => e instanceof ContentFormatError && e.message.includes(vector.error),
    );
  });
}

for (const vector of vectors.invalidContents) {
  test(`invalid content: ${vector.name}`, () => {
    assert.throws(
      () => encode(contentOf(vector)),
      (e) => e instanceof ContentFormatError && e.message.includes(vector.error),
    );
  });
}

test('message ids are 32 lowercase hex digits, and random ones differ', () => {
  assert.match(randomId(), /^[0-9a-f]{32}$/);
  assert.notEqual(randomId(), randomId());
  const reaction = { type: 'reaction', displayName: 'Sam', target: randomId(), emoji: '👍' };
  for (const id of ['ABCDEF00112233445566778899aabbcc', 'abc', 42]) {
    assert.throws(() => encode({ ...reaction, id }), /message id must be 32 lowercase hex digits/);
  }
});

test('validate keeps only the fields of the type and freezes them', () => {
  const id = randomId();
  const checked = validate({ type: 'retraction', id, displayName: 'Sam', target: id, extra: 1 });
  assert.deepEqual(checked, { type: 'retraction', id, displayName: 'Sam', target: id });
  assert.ok(Object.isFrozen(checked));
});

test('padding buckets', () => {
  const cases = [
    [0, 256], [256, 256], [257, 512], [4096, 4096], [4097, 8192], [16384, 16384],
    [16385, 32768], [32768, 32768], [32769, 49152],
  ];
  for (const [length, bucket] of cases) assert.equal(paddedLength(length), bucket, `${length}`);
});

// A small deterministic generator (mulberry32) so that a failure can be replayed.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = ['a', 'Z', '7', ' ', 'é', 'ß', 'Ж', 'ع', '中', '😀', '𝒜', '\u200d', '\ufe0f', '!'];

function randomText(next, maxChars, multiLine) {
  const extra = multiLine ? ['\n', '\t', '\r'] : [];
  const pool = ALPHABET.concat(extra);
  const n = 1 + Math.floor(next() * maxChars);
  let s = 'x';
  for (let chars = 1; chars < n; chars++) s += pool[Math.floor(next() * pool.length)];
  return s;
}

function randomContent(next) {
  const id = toHex(next);
  const displayName = randomText(next, 64, false);
  const kind = next();
  if (kind < 0.6) {
    const reply = next() < 0.5;
    return {
      type: 'post',
      id,
      displayName,
      thread: reply ? toHex(next) : null,
      title: reply ? null : randomText(next, 200, false),
      body: randomText(next, next() < 0.1 ? 4000 : 300, true),
      contentWarning: next() < 0.3 ? randomText(next, 200, false) : null,
    };
  }
  if (kind < 0.75) return { type: 'reaction', id, displayName, target: toHex(next), emoji: randomText(next, 4, false) };
  if (kind < 0.85) {
    const bytes = (n) => Uint8Array.from({ length: n }, () => Math.floor(next() * 256));
    return { type: 'privateReply', id, displayName, kemOutput: bytes(32), ciphertext: bytes(17 + Math.floor(next() * 600)) };
  }
  return { type: 'retraction', id, displayName, target: toHex(next) };
}

function toHex(next) {
  let hex = '';
  for (let i = 0; i < 16; i++) hex += Math.floor(next() * 256).toString(16).padStart(2, '0');
  return hex;
}

test('random contents survive a round trip and pad to the smallest bucket', () => {
  const next = random(20240901);
  for (let i = 0; i < 500; i++) {
    const content = randomContent(next);
    const bytes = encode(content);
    assert.equal(bytes.length, paddedLength(bytes.length));
    assert.ok(bytes.length <= MAX_PADDED_LENGTH);
    assert.deepEqual(decode(bytes), content);
  }
});

test('changed bytes decode to a different valid content or a ContentFormatError, nothing else', () => {
  const next = random(7);
  for (let i = 0; i < 2000; i++) {
    const bytes = encode(randomContent(next));
    const end = Math.min(bytes.length, 120);
    bytes[Math.floor(next() * end)] = Math.floor(next() * 256);
    try {
      const content = decode(bytes);
      assert.equal(hex(encode(content)), hex(bytes));
    } catch (e) {
      if (!(e instanceof ContentFormatError)) throw e;
    }
  }
});
