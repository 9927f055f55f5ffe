/**
 * JOSE for Hearth over Nimbus JOSE+JWT: session tokens (HS256 JWTs) and signed documents (EdDSA
 * JWS) with a strict compact-serialization parser in front of every verification.
 *
 * <p>Must not contain Bouncy Castle imports (Ed25519 goes through {@code org.hearth.crypto.bc}),
 * framework code, or any verifier that takes its algorithm or key from the token itself.
 */
package org.hearth.crypto.jose;
