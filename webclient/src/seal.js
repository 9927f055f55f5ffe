// Sealing of what the browser keeps at rest: AES-256-GCM (WebCrypto) under the device's sealing
// key, a CryptoKey that is created non-extractable and stays in IndexedDB, so script can use it but
// no one can read it out. The additional data names the record, so a sealed record cannot be
// passed off as another group's.
//
// Sealed bytes: version (1) ‖ IV (12 random bytes) ‖ AES-GCM ciphertext with its 16-byte tag.

import { concat, utf8 } from './bytes.js';

const subtle = globalThis.crypto.subtle;
const VERSION = 1;
const IV_BYTES = 12;

/** A new sealing key; non-extractable. */
export const newSealingKey = () =>
  subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

/** Seals `bytes` for the record named `name`. */
export async function seal(key, name, bytes) {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const ciphertext = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData: utf8(name) }, key, bytes);
  return concat(Uint8Array.of(VERSION), iv, new Uint8Array(ciphertext));
}

/** Opens what `seal` made for `name`; throws when it was altered or sealed for another name. */
export async function unseal(key, name, sealed) {
  if (sealed.length < 1 + IV_BYTES + 16 || sealed[0] !== VERSION) {
    throw new Error('not a sealed record of this version');
  }
  const iv = sealed.subarray(1, 1 + IV_BYTES);
  const plain = await subtle.decrypt(
    { name: 'AES-GCM', iv, additionalData: utf8(name) },
    key,
    sealed.subarray(1 + IV_BYTES),
  );
  return new Uint8Array(plain);
}
