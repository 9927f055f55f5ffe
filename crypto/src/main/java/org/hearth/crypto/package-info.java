/**
 * Hearth's cryptographic vocabulary: Ed25519 keys and their JWKs, RFC 7638 thumbprints, sign-in
 * challenges, fingerprints that people compare out of band and passphrase-sealed key files.
 *
 * <p>Plain Java with no framework: nothing here may import Jakarta EE, and nothing here may import
 * Bouncy Castle (only {@code org.hearth.crypto.bc} does).
 */
package org.hearth.crypto;
