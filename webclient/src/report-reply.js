// Private replies to reports (docs/reports.md, "Replying privately"): the reporter's fresh X25519 key
// pair per report, and the facilitator's reply sealed to its public key with MLS's labelled
// encryption, EncryptWithLabel(replyKey, "Hearth report reply", context, text) (RFC 9420 section
// 5.1.3, HPKE base mode of suite 0x0001), where context is the UTF-8 of `${groupId}\n${reportId}`, so
// a reply opens only for the report (and group) it answers. The text follows a post body's rules.

import * as content from '../../protocol/src/main/js/content.js';
import { decryptWithLabel, encryptWithLabel } from 'ts-mls/crypto/hpke.js';
import { fromUtf8, utf8 } from './bytes.js';
import { suite } from './mls.js';

export const LABEL = 'Hearth report reply';
/** X25519 public keys, private keys and KEM outputs are 32 bytes. */
export const KEY_LENGTH = 32;
/** A reporter keeps a report's reply key as long as the report may live on the server. */
export const KEEP_SECONDS = 90 * 86400;

const context = (groupId, reportId) => utf8(`${groupId}\n${reportId}`);

/** Refuses (with the content format's readable words) a text that is not a valid post body. */
export function checkText(text) {
  content.checkReplyText(text);
}

/** A fresh key pair for one report: `{ publicKey, privateKey }`, 32 bytes each. */
export async function newReplyKey() {
  const { hpke } = await suite();
  const pair = await hpke.generateKeyPair();
  return {
    publicKey: await hpke.exportPublicKey(pair.publicKey),
    privateKey: await hpke.exportPrivateKey(pair.privateKey),
  };
}

/** Seals `text` to a report's reply key: `{ kemOutput, ciphertext }` for a private_reply content. */
export async function sealReply(replyKey, groupId, reportId, text) {
  if (!(replyKey instanceof Uint8Array) || replyKey.length !== KEY_LENGTH) {
    throw new Error('the report carries no valid reply key');
  }
  checkText(text);
  const { hpke } = await suite();
  const sealed = await encryptWithLabel(await hpke.importPublicKey(replyKey), LABEL, context(groupId, reportId), utf8(text), hpke);
  return { kemOutput: sealed.enc, ciphertext: sealed.ct };
}

/**
 * Opens a reply with one report's private key; resolves to its text, or null when it was not sealed
 * to this key for this report, or is not a valid body.
 */
export async function openReply(privateKey, groupId, reportId, kemOutput, ciphertext) {
  try {
    const { hpke } = await suite();
    const key = await hpke.importPrivateKey(privateKey);
    const text = fromUtf8(await decryptWithLabel(key, LABEL, context(groupId, reportId), kemOutput, ciphertext, hpke));
    checkText(text);
    return text;
  } catch {
    return null;
  }
}

/**
 * Tries the member's reply keys `[{ reportId, privateKey }]` on a reply; resolves to
 * `{ reportId, text }` for the one that opens it, or null.
 */
export async function openWithKeys(keys, groupId, kemOutput, ciphertext) {
  for (const key of keys) {
    const text = await openReply(key.privateKey, groupId, key.reportId, kemOutput, ciphertext);
    if (text !== null) {
      return { reportId: key.reportId, text };
    }
  }
  return null;
}

/** How the history keeps a private reply: its opened text and the report it answers, not the ciphertext. */
export const historyEntry = (reply, reportId, body) => ({
  type: 'privateReply',
  id: reply.id,
  displayName: reply.displayName,
  reportId,
  body,
});

/** A received private_reply content opened with one of `keys`, as the history keeps it, or null. */
export async function openReceived(keys, groupId, reply) {
  const opened = await openWithKeys(keys, groupId, reply.kemOutput, reply.ciphertext);
  return opened && historyEntry(reply, opened.reportId, opened.text);
}

/** The reply keys of `keys` made less than KEEP_SECONDS before `now` (Unix seconds). */
export const freshKeys = (keys, now) => (keys || []).filter((k) => now - k.createdAt < KEEP_SECONDS);
