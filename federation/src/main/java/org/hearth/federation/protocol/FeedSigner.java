package org.hearth.federation.protocol;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.crypto.jose.DocumentSigner;
import org.hearth.federation.EntryKey;
import org.hearth.federation.FeedEntry;
import org.hearth.federation.FeedKind;
import org.hearth.federation.protocol.FeedManifest.ManifestEntry;

/**
 * Signs this instance's own feed entries and the feeds it publishes (its own entries and, for peers
 * that opted in, entries forwarded unchanged from its peers).
 *
 * <p>Thread-safe.
 */
public final class FeedSigner {
  private final DocumentSigner signer;

  FeedSigner(DocumentSigner signer) {
    this.signer = signer;
  }

  /** Signs an entry whose origin is this instance. */
  public SignedEntry signEntry(FeedKind<?> kind, FeedEntry entry) {
    if (!kind.entryType().isInstance(entry)) {
      throw new IllegalArgumentException("a " + kind + " feed does not hold this entry");
    }
    if (!entry.origin().thumbprint().equals(signer.keyId())) {
      throw new IllegalArgumentException("only an entry's origin signs it");
    }
    String compact =
        signer.sign(DocumentTypes.entryType(kind), Json.canonical(EntryCodecs.encode(entry)));
    return new SignedEntry(entry.origin(), entry.id(), compact);
  }

  /** Signs a feed of {@code entries} (own and forwarded) at {@code sequence}. */
  public FeedWire signFeed(
      FeedKind<?> kind, long sequence, Instant now, List<SignedEntry> entries) {
    List<ManifestEntry> lines = new ArrayList<>(entries.size());
    List<String> compacts = new ArrayList<>(entries.size());
    Set<EntryKey> seen = new HashSet<>();
    for (SignedEntry e : entries) {
      if (!seen.add(e.key())) {
        throw new IllegalArgumentException("an entry appears twice in a feed");
      }
      lines.add(new ManifestEntry(e.origin(), e.id(), Digests.sha256(e.compact())));
      compacts.add(e.compact());
    }
    KeyThumbprint publisher = signer.keyId();
    FeedManifest manifest = new FeedManifest(kind, publisher, sequence, now, lines);
    return new FeedWire(signer.sign(DocumentTypes.FEED, manifest.toBytes()), compacts);
  }
}
