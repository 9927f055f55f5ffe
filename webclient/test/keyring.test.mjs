import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exportKeyring, importKeyring, KeyringError } from '../src/keyring.js';
import { decodeRecord, encodeRecord, newRecord, Status } from '../src/record.js';
import { newSealingKey, seal, unseal } from '../src/seal.js';

const ORIGIN = 'https://hearth.example';
const record = () => {
  const r = newRecord('2f1c8b1e-0000-4000-8000-000000000001', { seed: new Uint8Array(32).fill(7), publicKey: new Uint8Array(32).fill(9) }, 'thumb', 'Sam');
  r.status = Status.MEMBER;
  r.state = Uint8Array.of(1, 2, 3, 250);
  r.history.push({ seq: 4, sentAt: 1700000000, sender: 'thumb', content: { type: 'post', id: 'ab'.repeat(16), displayName: 'Sam', thread: null, title: 't', body: 'b', contentWarning: null } });
  return r;
};

test('a record round-trips through its JSON encoding, bytes included', () => {
  assert.deepEqual(decodeRecord(encodeRecord(record())), record());
});

test('a keyring exported with a passphrase imports on another device', async () => {
  const file = await exportKeyring([record()], 'correct horse battery', ORIGIN, 100000);
  const parsed = JSON.parse(file);
  assert.equal(parsed.format, 'hearth-browser-keyring');
  assert.equal(parsed.kdf.iterations, 100000);
  assert.ok(!file.includes('Sam'), 'nothing readable in the file');
  assert.deepEqual(await importKeyring(file, 'correct horse battery', ORIGIN), [record()]);
});

test('a wrong passphrase, a changed header, another origin or a short passphrase are refused', async () => {
  const file = await exportKeyring([record()], 'correct horse battery', ORIGIN, 100000);
  const reason = async (promise) => {
    try {
      await promise;
    } catch (e) {
      assert.ok(e instanceof KeyringError);
      return e.reason;
    }
    return 'accepted';
  };
  assert.equal(await reason(importKeyring(file, 'wrong horse battery', ORIGIN)), 'wrong-passphrase');
  assert.equal(await reason(importKeyring(file, 'correct horse battery', 'https://other.example')), 'other-instance');
  const weakened = JSON.stringify({ ...JSON.parse(file), kdf: { ...JSON.parse(file).kdf, iterations: 1000 } });
  assert.equal(await reason(importKeyring(weakened, 'correct horse battery', ORIGIN)), 'not-a-keyring');
  const changed = JSON.stringify({ ...JSON.parse(file), kdf: { ...JSON.parse(file).kdf, iterations: 100001 } });
  assert.equal(await reason(importKeyring(changed, 'correct horse battery', ORIGIN)), 'wrong-passphrase');
  assert.equal(await reason(importKeyring('{"hello":1}', 'correct horse battery', ORIGIN)), 'not-a-keyring');
  assert.equal(await reason(exportKeyring([record()], 'short', ORIGIN)), 'short-passphrase');
});

test('sealed records open only with their name and unchanged', async () => {
  const key = await newSealingKey();
  assert.equal(key.extractable, false);
  const sealed = await seal(key, 'group:a', Uint8Array.of(1, 2, 3));
  assert.deepEqual([...(await unseal(key, 'group:a', sealed))], [1, 2, 3]);
  await assert.rejects(() => unseal(key, 'group:b', sealed));
  const flipped = sealed.slice();
  flipped[flipped.length - 1] ^= 1;
  await assert.rejects(() => unseal(key, 'group:a', flipped));
});
