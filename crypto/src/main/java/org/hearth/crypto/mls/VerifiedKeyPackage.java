package org.hearth.crypto.mls;

import java.time.Instant;
import org.hearth.crypto.Ed25519PublicKey;
import org.hearth.crypto.KeyThumbprint;

/**
 * A KeyPackage that passed {@link KeyPackageIn#validate}.
 *
 * @param keyPackage the MLSMessage bytes, to hand to a committer
 * @param signatureKey the member's Ed25519 key
 * @param member the member's thumbprint (the credential identity)
 * @param notBefore start of the lifetime
 * @param notAfter end of the lifetime
 */
public record VerifiedKeyPackage(
    byte[] keyPackage,
    Ed25519PublicKey signatureKey,
    KeyThumbprint member,
    Instant notBefore,
    Instant notAfter) {}
