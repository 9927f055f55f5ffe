import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KEEP_SECONDS, freshKeys, newReplyKey, openReply, openWithKeys, sealReply } from '../src/report-reply.js';

const GROUP = '6f1c2a52-3f0e-4a5b-9a59-0b7b0f7e8d11';
const REPORT = '0b2d4b7e-8c61-4d1e-a1f5-3f2f0a9c7d42';
const OTHER_REPORT = '9e3c1f00-5a2b-4c6d-8e7f-102030405060';

test('a reply sealed to a report key opens with its private key for that report and group', async () => {
  const key = await newReplyKey();
  assert.equal(key.publicKey.length, 32);
  assert.equal(key.privateKey.length, 32);
  const text = 'Thank you for telling us. We have spoken to them. — Fay 🌱';
  const sealed = await sealReply(key.publicKey, GROUP, REPORT, text);
  assert.equal(sealed.kemOutput.length, 32);
  assert.equal(sealed.ciphertext.length, new TextEncoder().encode(text).length + 16, 'text and the AEAD tag');
  assert.equal(await openReply(key.privateKey, GROUP, REPORT, sealed.kemOutput, sealed.ciphertext), text);
});

test('another key, another report id, another group or a changed byte does not open it', async () => {
  const key = await newReplyKey();
  const stranger = await newReplyKey();
  const sealed = await sealReply(key.publicKey, GROUP, REPORT, 'Only for you.');
  assert.equal(await openReply(stranger.privateKey, GROUP, REPORT, sealed.kemOutput, sealed.ciphertext), null);
  assert.equal(await openReply(key.privateKey, GROUP, OTHER_REPORT, sealed.kemOutput, sealed.ciphertext), null);
  assert.equal(await openReply(key.privateKey, OTHER_REPORT, REPORT, sealed.kemOutput, sealed.ciphertext), null);
  const flipped = sealed.ciphertext.slice();
  flipped[3] ^= 1;
  assert.equal(await openReply(key.privateKey, GROUP, REPORT, sealed.kemOutput, flipped), null);
});

test('a member tries each of its report keys and learns which report a reply answers', async () => {
  const first = await newReplyKey();
  const second = await newReplyKey();
  const keys = [
    { reportId: OTHER_REPORT, privateKey: first.privateKey },
    { reportId: REPORT, privateKey: second.privateKey },
  ];
  const sealed = await sealReply(second.publicKey, GROUP, REPORT, 'About your second report.');
  assert.deepEqual(await openWithKeys(keys, GROUP, sealed.kemOutput, sealed.ciphertext), {
    reportId: REPORT,
    text: 'About your second report.',
  });
  // The right key with the wrong report's id as context opens nothing.
  const crossed = [{ reportId: OTHER_REPORT, privateKey: second.privateKey }];
  assert.equal(await openWithKeys(crossed, GROUP, sealed.kemOutput, sealed.ciphertext), null);
  assert.equal(await openWithKeys([], GROUP, sealed.kemOutput, sealed.ciphertext), null);
});

test('the text follows the rules of a body; the key must be 32 bytes', async () => {
  const key = await newReplyKey();
  await assert.rejects(sealReply(key.publicKey, GROUP, REPORT, '   '), /blank/);
  await assert.rejects(sealReply(key.publicKey, GROUP, REPORT, 'x'.repeat(16001)), /16001 bytes, at most 16000/);
  await assert.rejects(sealReply(key.publicKey.subarray(1), GROUP, REPORT, 'Hello'), /reply key/);
  const longest = await sealReply(key.publicKey, GROUP, REPORT, 'x'.repeat(16000));
  assert.equal(longest.ciphertext.length, 16016);
});

test('reply keys are kept for the reports’ lifetime', () => {
  const now = 1_800_000_000;
  const keys = [
    { reportId: 'old', createdAt: now - KEEP_SECONDS },
    { reportId: 'young', createdAt: now - KEEP_SECONDS + 60 },
  ];
  assert.deepEqual(freshKeys(keys, now).map((k) => k.reportId), ['young']);
  assert.deepEqual(freshKeys(undefined, now), []);
});
