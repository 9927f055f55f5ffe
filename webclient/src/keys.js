// A member's Ed25519 key for one group (docs/delivery-api.md, "Conventions"): the sign-in key, the
// MLS signature key of suite 0x0001 and, through its RFC 7638 thumbprint, the member's MLS
// credential identity. Keys are made with WebCrypto; the 32-byte private seed is what ts-mls signs
// with, so the key is kept as raw bytes inside the sealed group record, never in the clear.

import { toBase64Url, utf8 } from './bytes.js';

const subtle = globalThis.crypto.subtle;

// RFC 8410 PKCS #8 prefix of an Ed25519 private key: the 32-byte seed follows.
const PKCS8_PREFIX = Uint8Array.of(
  0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
);

/** A fresh key: `{ seed, publicKey }`, 32 bytes each. */
export async function generateKey() {
  const pair = await subtle.generateKey('Ed25519', true, ['sign', 'verify']);
  const pkcs8 = new Uint8Array(await subtle.exportKey('pkcs8', pair.privateKey));
  const publicKey = new Uint8Array(await subtle.exportKey('raw', pair.publicKey));
  return { seed: pkcs8.slice(PKCS8_PREFIX.length), publicKey };
}

/** Ed25519 signature of `message` with the key whose seed is given. */
export async function sign(seed, message) {
  const pkcs8 = new Uint8Array(PKCS8_PREFIX.length + 32);
  pkcs8.set(PKCS8_PREFIX);
  pkcs8.set(seed, PKCS8_PREFIX.length);
  const key = await subtle.importKey('pkcs8', pkcs8, 'Ed25519', false, ['sign']);
  return new Uint8Array(await subtle.sign('Ed25519', key, message));
}

/** The public key as an RFC 8037 JSON Web Key. */
export const jwk = (publicKey) => ({ kty: 'OKP', crv: 'Ed25519', x: toBase64Url(publicKey) });

/**
 * The RFC 7638 thumbprint: SHA-256 of the required members in lexicographic order, base64url. It
 * is the member's id in the group and, as ASCII, their MLS credential identity.
 */
export async function thumbprint(publicKey) {
  const canonical = `{"crv":"Ed25519","kty":"OKP","x":"${toBase64Url(publicKey)}"}`;
  return toBase64Url(new Uint8Array(await subtle.digest('SHA-256', utf8(canonical))));
}
