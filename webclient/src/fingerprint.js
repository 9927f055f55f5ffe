// The fingerprint people compare out of band: the first 120 bits of a key's RFC 7638 thumbprint in
// Crockford-style base32, six groups of four (as Hearth's server shows it; see Fingerprint.java).

import { fromBase64Url } from './bytes.js';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BYTES = 15;

/** The fingerprint of the key whose base64url thumbprint is given. */
export function fingerprint(thumbprint) {
  const digest = fromBase64Url(thumbprint);
  let out = '';
  let buffer = 0;
  let bits = 0;
  let written = 0;
  for (let i = 0; i < BYTES; i++) {
    buffer = ((buffer << 8) | digest[i]) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      if (written > 0 && written % 4 === 0) {
        out += '-';
      }
      out += ALPHABET[(buffer >>> bits) & 0x1f];
      written++;
    }
  }
  return out;
}
