/**
 * Hearth's cryptographic vocabulary: Ed25519 keys, RFC 7638 thumbprints and fingerprints that
 * people compare out of band.
 *
 * <p>Plain Java with no framework: nothing here may import Jakarta EE, and nothing here may import
 * Bouncy Castle (only {@code org.hearth.crypto.bc} does).
 */
package org.hearth.crypto;
