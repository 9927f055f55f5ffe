// The browser keyring file: every group record of this origin sealed with a passphrase, so a
// member can move to another device (docs/browser-keyring.md). PBKDF2-HMAC-SHA-256 (WebCrypto has
// no memory-hard function) with a random salt and OWASP's 600,000 iterations derives an AES-256-GCM
// key; the header is the additional data, so no parameter can be changed unnoticed.

import { fromBase64Url, fromUtf8, toBase64Url, utf8 } from './bytes.js';
import { decodeRecord, encodeRecord } from './record.js';

const subtle = globalThis.crypto.subtle;

export const FORMAT = 'hearth-browser-keyring';
export const VERSION = 1;
export const DEFAULT_ITERATIONS = 600000;
/** Fewer iterations than this are refused on import: a file must not weaken the passphrase. */
export const MIN_ITERATIONS = 100000;
export const MIN_PASSPHRASE_CHARS = 10;

/** A keyring problem a person can act on; `reason` is a stable word for the page's texts. */
export class KeyringError extends Error {
  constructor(reason, message) {
    super(message);
    this.name = 'KeyringError';
    this.reason = reason;
  }
}

async function deriveKey(passphrase, salt, iterations) {
  const material = await subtle.importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

// The header fields in a fixed order: the additional data of the AES-GCM seal.
const headerBytes = (h) =>
  utf8(JSON.stringify([h.format, h.version, h.origin, h.kdf.name, h.kdf.hash, h.kdf.iterations, h.kdf.salt, h.cipher.name, h.cipher.iv]));

/**
 * The keyring file (UTF-8 JSON text) holding `records`, for the instance at `origin`.
 * @returns {Promise<string>}
 */
export async function exportKeyring(records, passphrase, origin, iterations = DEFAULT_ITERATIONS) {
  if ([...passphrase].length < MIN_PASSPHRASE_CHARS) {
    throw new KeyringError('short-passphrase', `the passphrase needs at least ${MIN_PASSPHRASE_CHARS} characters`);
  }
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(16));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const header = {
    format: FORMAT,
    version: VERSION,
    origin,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64Url(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64Url(iv) },
  };
  const payload = utf8(JSON.stringify({ records: records.map((r) => toBase64Url(encodeRecord(r))) }));
  const key = await deriveKey(passphrase, salt, iterations);
  const ciphertext = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData: headerBytes(header) }, key, payload);
  return JSON.stringify({ ...header, ciphertext: toBase64Url(new Uint8Array(ciphertext)) }, null, 2) + '\n';
}

/** The records in a keyring file made by `exportKeyring` for `origin`. */
export async function importKeyring(text, passphrase, origin) {
  let file;
  try {
    file = JSON.parse(text);
  } catch {
    throw new KeyringError('not-a-keyring', 'this is not a Hearth keyring file');
  }
  if (file?.format !== FORMAT || file.kdf?.name !== 'PBKDF2' || file.kdf?.hash !== 'SHA-256' || file.cipher?.name !== 'AES-GCM') {
    throw new KeyringError('not-a-keyring', 'this is not a Hearth keyring file');
  }
  if (file.version !== VERSION) {
    throw new KeyringError('unsupported-version', `unsupported keyring version ${file.version}`);
  }
  if (!Number.isInteger(file.kdf.iterations) || file.kdf.iterations < MIN_ITERATIONS || file.kdf.iterations > 10_000_000) {
    throw new KeyringError('not-a-keyring', 'the keyring file has unsafe parameters');
  }
  if (file.origin !== origin) {
    throw new KeyringError('other-instance', `this keyring belongs to ${file.origin}`);
  }
  const key = await deriveKey(passphrase, fromBase64Url(file.kdf.salt), file.kdf.iterations);
  let payload;
  try {
    payload = await subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64Url(file.cipher.iv), additionalData: headerBytes(file) },
      key,
      fromBase64Url(file.ciphertext),
    );
  } catch {
    throw new KeyringError('wrong-passphrase', 'wrong passphrase, or the file was changed');
  }
  return JSON.parse(fromUtf8(new Uint8Array(payload))).records.map((r) => decodeRecord(fromBase64Url(r)));
}
