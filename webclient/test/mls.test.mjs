import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createGroup } from 'ts-mls';
import * as content from '../../protocol/src/main/js/content.js';
import { generateKey, thumbprint } from '../src/keys.js';
import * as mls from '../src/mls.js';

async function founder() {
  const key = await generateKey();
  const kp = await mls.keyPackage(key);
  const state = await createGroup(new TextEncoder().encode('group-1'), kp.publicPackage, kp.privatePackage, [], await mls.suite(), mls.clientConfig);
  return { key, state };
}

test('a member joins by external commit through the length-prefixed external_pub', async () => {
  const a = await founder();
  const info = await mls.groupInfo(a.state);
  const bKey = await generateKey();
  const joined = await mls.externalJoin(info, bKey);
  const handled = await mls.open(a.state, joined.commit);
  assert.equal(handled.kind, 'handshake');
  assert.equal(handled.removed, false);
  a.state = handled.state;
  assert.equal(mls.epochOf(a.state), 1);
  assert.deepEqual(
    mls.members(a.state).map((m) => m.thumbprint).sort(),
    [await thumbprint(a.key.publicKey), await thumbprint(bKey.publicKey)].sort(),
  );

  const post = { type: 'post', id: content.randomId(), displayName: 'Sam', thread: null, title: 'Sleep', body: 'Anyone awake?', contentWarning: null };
  const sent = await mls.protect(joined.state, content.encode(post));
  const opened = await mls.open(a.state, sent.message);
  assert.equal(opened.kind, 'application');
  assert.equal(opened.sender, await thumbprint(bKey.publicKey), 'the sender is the credential identity');
  assert.deepEqual(content.decode(opened.data), post);
  assert.equal(opened.data.length, 256, 'no MLS padding on top of the content padding');
});

test('state survives encoding, and a member who leaves is removed by the next commit', async () => {
  const a = await founder();
  const bKey = await generateKey();
  const joined = await mls.externalJoin(await mls.groupInfo(a.state), bKey);
  a.state = (await mls.open(a.state, joined.commit)).state;
  let b = mls.decodeState(mls.encodeState(joined.state));

  const hello = await mls.protect(b, new Uint8Array([1, 2, 3]));
  b = mls.decodeState(mls.encodeState(hello.state));
  assert.deepEqual([...(await mls.open(a.state, hello.message)).data], [1, 2, 3]);

  const leave = await mls.proposeLeave(b);
  b = leave.state;
  a.state = (await mls.open(a.state, leave.proposal)).state;
  const commit = await mls.commitPending(a.state);
  a.state = commit.state;
  const result = await mls.open(b, commit.commit);
  assert.equal(result.removed, true);
  assert.equal(mls.members(a.state).length, 1);

  const after = await mls.protect(a.state, new Uint8Array([9]));
  await assert.rejects(() => mls.open(result.state, after.message));
});

test('a KeyPackage names the thumbprint of its key and joins from a Welcome', async () => {
  const key = await generateKey();
  const kp = await mls.keyPackage(key);
  assert.equal(new TextDecoder().decode(kp.publicPackage.leafNode.credential.identity), await thumbprint(key.publicKey));
  const stored = mls.decodePendingKeyPackage(mls.encodePendingKeyPackage(kp));
  assert.deepEqual(mls.encodeKeyPackage(stored.publicPackage), mls.encodeKeyPackage(kp.publicPackage));
});

test('the authentication service refuses a credential that is not the key thumbprint', async () => {
  const key = await generateKey();
  const other = await generateKey();
  const credential = { credentialType: 'basic', identity: new TextEncoder().encode(await thumbprint(other.publicKey)) };
  assert.equal(await mls.clientConfig.authService.validateCredential(credential, key.publicKey), false);
  credential.identity = new TextEncoder().encode(await thumbprint(key.publicKey));
  assert.equal(await mls.clientConfig.authService.validateCredential(credential, key.publicKey), true);
});

test('an opened message carries its signed content as report evidence, and a facilitator removes a member', async () => {
  const { decodeAuthenticatedContent } = await import('ts-mls/authenticatedContent.js');
  const a = await founder();
  const bKey = await generateKey();
  const joined = await mls.externalJoin(await mls.groupInfo(a.state), bKey);
  a.state = (await mls.open(a.state, joined.commit)).state;
  const sent = await mls.protect(joined.state, new Uint8Array([7, 8, 9]));
  const opened = await mls.open(a.state, sent.message);
  a.state = opened.state;
  const [evidence] = decodeAuthenticatedContent(opened.evidence, 0);
  assert.equal(evidence.wireformat, 'mls_private_message');
  assert.equal(evidence.content.contentType, 'application');
  assert.equal(evidence.content.sender.leafIndex, 1);
  assert.equal(evidence.content.epoch, 1n);
  assert.deepEqual([...evidence.content.applicationData], [7, 8, 9]);
  assert.equal(evidence.auth.signature.length, 64, 'an Ed25519 signature');

  const removal = await mls.commitRemove(a.state, await thumbprint(bKey.publicKey));
  assert.equal(mls.members(removal.state).length, 1);
  const seen = await mls.open(sent.state, removal.commit);
  assert.equal(seen.removed, true, 'the removed member sees it');
  await assert.rejects(() => mls.commitRemove(a.state, 'no-such-member'));
});
