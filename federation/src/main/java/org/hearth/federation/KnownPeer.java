package org.hearth.federation;

import java.time.Instant;
import java.util.Objects;
import org.hearth.crypto.Ed25519PublicKey;
import org.hearth.crypto.KeyThumbprint;

/**
 * The trust record for another instance: its latest verified instance document and the key pinned
 * for it. The pin changes only through a key rotation the old key signed (see {@code
 * InstanceDocumentIn#verifyFor}); the instance's identity across a rotation is the thumbprint it
 * was first pinned with ({@link #peerId()}).
 *
 * <p>Immutable and thread-safe.
 */
public record KnownPeer(KeyThumbprint peerId, InstanceDocument document, Instant pinnedAt) {
  public KnownPeer {
    Objects.requireNonNull(peerId, "peerId");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(pinnedAt, "pinnedAt");
  }

  /** A first pin: the peer's id is the thumbprint of the key in {@code document}. */
  public static KnownPeer firstPin(InstanceDocument document, Instant now) {
    return new KnownPeer(document.thumbprint(), document, now);
  }

  /** The key currently pinned. */
  public Ed25519PublicKey pinnedKey() {
    return document.publicKey();
  }

  /** The thumbprint of the key currently pinned. */
  public KeyThumbprint pinnedThumbprint() {
    return document.thumbprint();
  }

  public BaseUrl baseUrl() {
    return document.baseUrl();
  }
}
