// The browser's record of one group membership, as one JSON document: the member's key, the MLS
// state, where they are in the group's sequence, the conversation they have read (messages cannot
// be decrypted twice, so the decrypted ones are kept, sealed) and their choices for the group.
// Bytes are written as {"$b": base64url}.

import { fromBase64Url, fromUtf8, toBase64Url, utf8 } from './bytes.js';

/** At most this many messages of the conversation are kept per group; older ones are dropped. */
export const HISTORY_LIMIT = 1000;

/** Statuses of a record. */
export const Status = Object.freeze({
  PENDING: 'pending', // asked to join; waiting for a Welcome
  MEMBER: 'member',
  REMOVED: 'removed', // removed by the group: can no longer read
  MOVED: 'moved', // exported to another device: this one must never use the key again
});

/** A fresh record for a key about to join `groupId`. */
export function newRecord(groupId, key, thumbprint, displayName, groupName = '') {
  return {
    version: 1,
    groupId,
    groupName,
    seed: key.seed,
    publicKey: key.publicKey,
    thumbprint,
    displayName,
    status: Status.PENDING,
    state: null,
    pendingKeyPackage: null,
    position: 0,
    ownSeqs: [],
    history: [],
    mutes: [],
    replyKeys: [], // { reportId, seq, privateKey, createdAt } of this member's reports
  };
}

const replacer = (_key, value) => (value instanceof Uint8Array ? { $b: toBase64Url(value) } : value);
const reviver = (_key, value) =>
  value && typeof value === 'object' && typeof value.$b === 'string' && Object.keys(value).length === 1
    ? fromBase64Url(value.$b)
    : value;

export const encodeRecord = (record) => utf8(JSON.stringify(record, replacer));

export function decodeRecord(bytes) {
  const record = JSON.parse(fromUtf8(bytes), reviver);
  if (record.version !== 1 || typeof record.groupId !== 'string') {
    throw new Error('not a group record of this version');
  }
  return record;
}

/** Appends a message to the conversation, keeping the newest HISTORY_LIMIT. */
export function remember(record, entry) {
  record.history.push(entry);
  if (record.history.length > HISTORY_LIMIT) {
    record.history.sort((a, b) => a.seq - b.seq);
    record.history.splice(0, record.history.length - HISTORY_LIMIT);
  }
}

/** Moves past `seq`; the sequence numbers of own messages at or before it are no longer needed. */
export function advance(record, seq) {
  record.position = Math.max(record.position, seq);
  record.ownSeqs = record.ownSeqs.filter((s) => s > record.position);
}
