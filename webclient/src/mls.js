// Hearth's use of ts-mls (RFC 9420, suite 0x0001 MLS_128_DHKEMX25519_AES128GCM_SHA256_Ed25519) in the
// browser, with what interoperation with the Java client (Bouncy Castle) needs:
// - external_pub (section 12.4.3.2) is an HPKEPublicKey, opaque<V>: ts-mls 1.6.4 writes and reads
//   the raw 32 bytes, so GroupInfos are made here with the length prefix and a prefixed key is
//   stripped before import;
// - the credential is basic, its identity the ASCII RFC 7638 thumbprint of the signature key, and
//   the authentication service refuses any other binding;
// - MLS padding is off: the content format pads (docs/content-format.md, "Padding").
// States are plain values: each operation returns the next state, which the caller persists.

import {
  acceptAll,
  createApplicationMessage,
  createCommit,
  createProposal,
  decodeGroupState,
  decodeMlsMessage,
  defaultCapabilities,
  defaultKeyPackageEqualityConfig,
  defaultKeyRetentionConfig,
  defaultLifetimeConfig,
  emptyPskIndex,
  encodeGroupState,
  encodeMlsMessage,
  generateKeyPackageWithKey,
  getCiphersuiteFromName,
  getCiphersuiteImpl,
  joinGroup,
  joinGroupExternal,
  processMessage,
} from 'ts-mls';
import { encodeAuthenticatedContent } from 'ts-mls/authenticatedContent.js';
import { createGroupInfo } from 'ts-mls/createCommit.js';
import { encode } from 'ts-mls/codec/tlsEncoder.js';
import { unprotectPrivateMessage } from 'ts-mls/messageProtection.js';
import { ratchetTreeEncoder } from 'ts-mls/ratchetTree.js';
import { fromUtf8, utf8 } from './bytes.js';
import { thumbprint } from './keys.js';

const SUITE = 'MLS_128_DHKEMX25519_AES128GCM_SHA256_Ed25519';
const KEY_PACKAGE_DAYS = 7;

let suitePromise;

/** The suite implementation, with the external_pub import adapter. */
export function suite() {
  suitePromise ??= getCiphersuiteImpl(getCiphersuiteFromName(SUITE)).then((cs) => {
    const adapted = Object.create(cs);
    adapted.hpke = Object.create(cs.hpke);
    adapted.hpke.importPublicKey = (k) =>
      cs.hpke.importPublicKey(k.length === 33 && k[0] === 0x20 ? k.subarray(1) : k);
    return adapted;
  });
  return suitePromise;
}

/** Accepts a leaf only if its credential names the thumbprint of its own signature key. */
const authService = {
  async validateCredential(credential, signaturePublicKey) {
    return (
      credential.credentialType === 'basic' &&
      fromUtf8(credential.identity) === (await thumbprint(signaturePublicKey))
    );
  },
};

/** The client configuration every Hearth state carries (it is not part of the encoded state). */
export const clientConfig = {
  keyRetentionConfig: defaultKeyRetentionConfig,
  lifetimeConfig: defaultLifetimeConfig,
  keyPackageEqualityConfig: defaultKeyPackageEqualityConfig,
  paddingConfig: { kind: 'alwaysPad', paddingLength: 0 },
  authService,
};

const credentialOf = async (key) => ({
  credentialType: 'basic',
  identity: utf8(await thumbprint(key.publicKey)),
});

/** A KeyPackage for `key`, valid from an hour ago for a week: `{ publicPackage, privatePackage }`. */
export async function keyPackage(key) {
  const now = BigInt(Math.floor(Date.now() / 1000));
  const lifetime = { notBefore: now - 3600n, notAfter: now + BigInt(KEY_PACKAGE_DAYS * 86400) };
  return generateKeyPackageWithKey(
    await credentialOf(key),
    defaultCapabilities(),
    lifetime,
    [],
    { signKey: key.seed, publicKey: key.publicKey },
    await suite(),
  );
}

/** The KeyPackage as an MLSMessage, as join requests carry it. */
export const encodeKeyPackage = (publicPackage) =>
  encodeMlsMessage({ version: 'mls10', wireformat: 'mls_key_package', keyPackage: publicPackage });

const decode = (bytes) => {
  const decoded = decodeMlsMessage(bytes, 0);
  if (!decoded) {
    throw new Error('not an MLS message');
  }
  return decoded[0];
};

/** The signed GroupInfo of the state's epoch with external_pub (length-prefixed) and the tree. */
export async function groupInfo(state) {
  const cs = await suite();
  const keyPair = await cs.hpke.deriveKeyPair(state.keySchedule.externalSecret);
  const pub = await cs.hpke.exportPublicKey(keyPair.publicKey);
  const prefixed = new Uint8Array(pub.length + 1);
  prefixed[0] = pub.length;
  prefixed.set(pub, 1);
  const info = await createGroupInfo(
    state.groupContext,
    state.confirmationTag,
    state,
    [
      { extensionType: 'external_pub', extensionData: prefixed },
      { extensionType: 'ratchet_tree', extensionData: encode(ratchetTreeEncoder)(state.ratchetTree) },
    ],
    cs,
  );
  return encodeMlsMessage({ version: 'mls10', wireformat: 'mls_group_info', groupInfo: info });
}

/** Joins by external commit (section 12.4.3.2): `{ state, commit, groupInfo }` to post. */
export async function externalJoin(groupInfoBytes, key) {
  const cs = await suite();
  const kp = await keyPackage(key);
  const message = decode(groupInfoBytes);
  if (message.wireformat !== 'mls_group_info') {
    throw new Error('not a GroupInfo');
  }
  const joined = await joinGroupExternal(
    message.groupInfo,
    kp.publicPackage,
    kp.privatePackage,
    false,
    cs,
    undefined,
    clientConfig,
  );
  const commit = encodeMlsMessage({
    version: 'mls10',
    wireformat: 'mls_public_message',
    publicMessage: joined.publicMessage,
  });
  return { state: joined.newState, commit, groupInfo: await groupInfo(joined.newState) };
}

/** Joins from a Welcome made for the KeyPackage `kp` (section 12.4.3.1). */
export async function joinFromWelcome(welcomeBytes, kp) {
  const message = decode(welcomeBytes);
  if (message.wireformat !== 'mls_welcome') {
    throw new Error('not a Welcome');
  }
  return joinGroup(
    message.welcome,
    kp.publicPackage,
    kp.privatePackage,
    emptyPskIndex,
    await suite(),
    undefined,
    undefined,
    clientConfig,
  );
}

/** Encrypts application data for the current epoch: `{ state, message }`. */
export async function protect(state, data) {
  const r = await createApplicationMessage(state, data, await suite());
  const message = encodeMlsMessage({
    version: 'mls10',
    wireformat: 'mls_private_message',
    privateMessage: r.privateMessage,
  });
  return { state: r.newState, message };
}

/** A Remove proposal of this member's own leaf (leaving, section 12.1.3): `{ state, proposal }`. */
export async function proposeLeave(state) {
  const removed = state.privatePath.leafIndex;
  const r = await createProposal(state, true, { proposalType: 'remove', remove: { removed } }, await suite());
  return { state: r.newState, proposal: encodeMlsMessage(r.message) };
}

/** A commit of the pending proposals with a path: `{ state, commit, groupInfo }`. */
export async function commitPending(state) {
  const r = await createCommit(
    { state, cipherSuite: await suite() },
    { ratchetTreeExtension: true, wireAsPublicMessage: true },
  );
  return { state: r.newState, commit: encodeMlsMessage(r.commit), groupInfo: await groupInfo(r.newState) };
}

/** A commit removing the member whose credential names `thumbprint`: `{ state, commit, groupInfo }`. */
export async function commitRemove(state, thumbprint) {
  const target = members(state).find((m) => m.thumbprint === thumbprint);
  if (!target) {
    throw new Error('that key is not a member of the group');
  }
  const r = await createCommit(
    { state, cipherSuite: await suite() },
    {
      ratchetTreeExtension: true,
      wireAsPublicMessage: true,
      extraProposals: [{ proposalType: 'remove', remove: { removed: target.leaf } }],
    },
  );
  return { state: r.newState, commit: encodeMlsMessage(r.commit), groupInfo: await groupInfo(r.newState) };
}

/** The thumbprint a leaf's credential names. */
function identityAt(tree, leafIndex) {
  const node = tree[leafIndex * 2];
  if (!node || node.nodeType !== 'leaf') {
    throw new Error('no member at that leaf');
  }
  return fromUtf8(node.leaf.credential.identity);
}

/**
 * Processes one message of the group. Application messages come back as `{ kind: 'application',
 * state, data, sender, evidence }` where `sender` is the sender's credential identity (thumbprint)
 * in the message's epoch and `evidence` the encoded AuthenticatedContent (RFC 9420 section 6: the
 * signed content, what a report carries); proposals and commits as `{ kind: 'handshake', state,
 * removed }`.
 */
export async function open(state, bytes) {
  const cs = await suite();
  const message = decode(bytes);
  if (message.wireformat === 'mls_private_message') {
    const pm = message.privateMessage;
    const current = pm.epoch === state.groupContext.epoch;
    const receiver = current ? state : state.historicalReceiverData.get(pm.epoch);
    if (!receiver) {
      throw new Error('message from an epoch this member cannot read');
    }
    const r = await unprotectPrivateMessage(
      receiver.keySchedule ? receiver.keySchedule.senderDataSecret : receiver.senderDataSecret,
      pm,
      receiver.secretTree,
      receiver.ratchetTree,
      receiver.groupContext,
      state.clientConfig.keyRetentionConfig,
      cs,
    );
    if (r.content.content.contentType !== 'application') {
      throw new Error('handshake messages are public in Hearth');
    }
    const sender = identityAt(receiver.ratchetTree, r.content.content.sender.leafIndex);
    let next;
    if (current) {
      next = { ...state, secretTree: r.tree };
    } else {
      const history = new Map(state.historicalReceiverData);
      history.set(pm.epoch, { ...receiver, secretTree: r.tree });
      next = { ...state, historicalReceiverData: history };
    }
    const evidence = encodeAuthenticatedContent(r.content);
    return { kind: 'application', state: next, data: r.content.content.applicationData, sender, evidence };
  }
  if (message.wireformat !== 'mls_public_message') {
    throw new Error(`unexpected ${message.wireformat}`);
  }
  const r = await processMessage(message, state, emptyPskIndex, acceptAll, cs);
  return {
    kind: 'handshake',
    state: r.newState,
    removed: r.newState.groupActiveState.kind === 'removedFromGroup',
  };
}

export const epochOf = (state) => Number(state.groupContext.epoch);

/** Whether other members' proposals wait for a commit (RFC 9420 section 12.4). */
export const hasPendingProposals = (state) => Object.keys(state.unappliedProposals).length > 0;

/** The thumbprints of the members in the current tree, by leaf index. */
export function members(state) {
  const out = [];
  state.ratchetTree.forEach((node, i) => {
    if (i % 2 === 0 && node?.nodeType === 'leaf') {
      out.push({ leaf: i / 2, thumbprint: fromUtf8(node.leaf.credential.identity) });
    }
  });
  return out;
}

/** The state as bytes (private keys included: seal before storing). */
export const encodeState = (state) => encodeGroupState(state);

/** A state from encodeState's bytes, with Hearth's client configuration attached again. */
export function decodeState(bytes) {
  const decoded = decodeGroupState(bytes, 0);
  if (!decoded) {
    throw new Error('damaged group state');
  }
  return { ...decoded[0], clientConfig };
}

/** KeyPackage private parts as bytes for storing until the Welcome arrives (and back). */
export function encodePendingKeyPackage(kp) {
  return {
    keyPackage: encodeKeyPackage(kp.publicPackage),
    initPrivateKey: kp.privatePackage.initPrivateKey,
    hpkePrivateKey: kp.privatePackage.hpkePrivateKey,
    signaturePrivateKey: kp.privatePackage.signaturePrivateKey,
  };
}

export function decodePendingKeyPackage(stored) {
  return {
    publicPackage: decode(stored.keyPackage).keyPackage,
    privatePackage: {
      initPrivateKey: stored.initPrivateKey,
      hpkePrivateKey: stored.hpkePrivateKey,
      signaturePrivateKey: stored.signaturePrivateKey,
    },
  };
}
