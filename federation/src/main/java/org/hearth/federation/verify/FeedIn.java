package org.hearth.federation.verify;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hearth.crypto.Ed25519PublicKey;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.crypto.jose.SignedDocumentIn;
import org.hearth.federation.EntryKey;
import org.hearth.federation.FederationException;
import org.hearth.federation.FederationException.Reason;
import org.hearth.federation.FeedEntry;
import org.hearth.federation.FeedKind;
import org.hearth.federation.Origin;
import org.hearth.federation.Peer;
import org.hearth.federation.protocol.Digests;
import org.hearth.federation.protocol.DocumentTypes;
import org.hearth.federation.protocol.EntryCodecs;
import org.hearth.federation.protocol.FeedManifest;
import org.hearth.federation.protocol.FeedManifest.ManifestEntry;
import org.hearth.federation.protocol.FeedWire;
import org.hearth.federation.protocol.Json;
import org.hearth.federation.protocol.SignedEntry;
import org.hearth.federation.spi.OriginKeyResolver;

/**
 * A peer's feed as fetched, size-checked and parsed but not trusted. {@link #verify} checks all of
 * it before returning anything, so a feed is taken whole or not at all.
 *
 * <p>Immutable and thread-safe; {@link #verify} runs on the calling thread (one Ed25519
 * verification per entry), so callers verify many peers' feeds in parallel if they wish.
 *
 * @param <T> the entry type
 */
public final class FeedIn<T extends FeedEntry> {
  /** How far in the future a feed's time may lie, for clock skew. */
  static final Duration MAX_SKEW = Duration.ofMinutes(5);

  private final FeedKind<T> kind;
  private final String json;
  private final FeedWire wire;
  private final SignedDocumentIn feed;
  private final List<SignedDocumentIn> entries;
  private final FeedLimits limits;

  private FeedIn(
      FeedKind<T> kind,
      String json,
      FeedWire wire,
      SignedDocumentIn feed,
      List<SignedDocumentIn> entries,
      FeedLimits limits) {
    this.kind = kind;
    this.json = json;
    this.wire = wire;
    this.feed = feed;
    this.entries = entries;
    this.limits = limits;
  }

  /**
   * Checks sizes and form, not signatures.
   *
   * @throws FederationException {@code TOO_LARGE}, {@code MALFORMED} or {@code UNSUPPORTED}
   */
  public static <T extends FeedEntry> FeedIn<T> parse(
      FeedKind<T> kind, String json, FeedLimits limits) throws FederationException {
    if (json.length() > limits.maxChars()) {
      throw new FederationException(Reason.TOO_LARGE, "feed over " + limits.maxChars() + " chars");
    }
    Map<String, Object> top = Json.parse(json, limits.maxChars());
    if (top.get("entries") instanceof List<?> list && list.size() > limits.maxEntries()) {
      throw new FederationException(Reason.TOO_LARGE, "over " + limits.maxEntries() + " entries");
    }
    FeedWire wire =
        Json.read(
            top,
            in -> FeedWire.from(in, limits.maxEntries(), limits.maxChars(), limits.maxChars()));
    List<SignedDocumentIn> entries = new ArrayList<>(wire.entries().size());
    for (String e : wire.entries()) {
      entries.add(Failures.parse(e, limits.maxEntryChars()));
    }
    SignedDocumentIn feed = Failures.parse(wire.feed(), limits.maxChars());
    return new FeedIn<>(kind, json, wire, feed, entries, limits);
  }

  /** The ETag of this feed, as its publisher serves it. */
  public String etag() {
    return wire.etag();
  }

  /**
   * Verifies the feed from {@code publisher} (an active peer) and every entry in it.
   *
   * @param lastSequence the sequence of the last feed accepted from this peer, or -1
   * @throws FederationException {@code NOT_A_PEER}; {@code WRONG_KEY} or {@code BAD_SIGNATURE} for
   *     the feed signature; {@code BAD_SIGNATURE} for an entry that is not the one signed for or
   *     whose origin signature fails; {@code WRONG_ORIGIN} for an entry not signed by or not naming
   *     its listed origin; {@code STALE} for a rolled-back sequence; {@code MALFORMED}
   */
  public VerifiedFeed<T> verify(
      Peer publisher, OriginKeyResolver origins, long lastSequence, Instant now)
      throws FederationException {
    if (!publisher.isActive()) {
      throw new FederationException(Reason.NOT_A_PEER, "feeds are taken from active peers only");
    }
    Ed25519PublicKey publisherKey = publisher.known().pinnedKey();
    byte[] payload = Failures.verify(feed, publisherKey, DocumentTypes.FEED);
    FeedManifest manifest =
        Json.read(payload, limits.maxChars(), in -> FeedManifest.from(in, limits.maxEntries()));
    checkManifest(manifest, publisherKey.thumbprint(), lastSequence, now);

    Map<Origin, Optional<Ed25519PublicKey>> keys = new HashMap<>();
    List<VerifiedEntry<T>> verified = new ArrayList<>(entries.size());
    int foreign = 0;
    int unresolved = 0;
    for (int i = 0; i < entries.size(); i++) {
      ManifestEntry line = manifest.entries().get(i);
      String compact = wire.entries().get(i);
      if (!Digests.sha256(compact).equals(line.digest())) {
        throw new FederationException(Reason.BAD_SIGNATURE, "entry " + i + " is not as signed");
      }
      Optional<Ed25519PublicKey> key;
      if (line.origin().thumbprint().equals(publisherKey.thumbprint())) {
        if (!line.origin().baseUrl().equals(publisher.known().baseUrl())) {
          throw new FederationException(Reason.WRONG_ORIGIN, "entry " + i + " names another home");
        }
        key = Optional.of(publisherKey);
      } else if (!publisher.showPeersPeers()) {
        foreign++;
        continue;
      } else {
        key = keys.computeIfAbsent(line.origin(), origins::keyOf);
      }
      if (key.isEmpty()) {
        unresolved++;
        continue;
      }
      T entry = verifyEntry(entries.get(i), key.get(), line, i);
      verified.add(
          new VerifiedEntry<>(
              entry, new SignedEntry(line.origin(), line.id(), compact), publisher.id(), now));
    }
    return new VerifiedFeed<>(
        kind,
        publisher.id(),
        manifest.sequence(),
        manifest.issuedAt(),
        wire.etag(),
        json,
        verified,
        foreign,
        unresolved,
        now);
  }

  private void checkManifest(
      FeedManifest manifest, KeyThumbprint publisher, long lastSequence, Instant now)
      throws FederationException {
    if (manifest.kind() != kind) {
      throw new FederationException(Reason.UNSUPPORTED, "a " + manifest.kind() + " feed");
    }
    if (!manifest.publisher().equals(publisher)) {
      throw new FederationException(Reason.WRONG_KEY, "a feed naming another publisher");
    }
    if (manifest.entries().size() != entries.size()) {
      throw new FederationException(Reason.MALFORMED, "entries do not match the manifest");
    }
    if (manifest.sequence() < lastSequence) {
      throw new FederationException(Reason.STALE, "older than the feed already accepted");
    }
    if (manifest.issuedAt().isAfter(now.plus(MAX_SKEW))) {
      throw new FederationException(Reason.STALE, "a feed from the future");
    }
    Set<EntryKey> seen = new HashSet<>();
    for (ManifestEntry line : manifest.entries()) {
      if (!seen.add(new EntryKey(line.origin().thumbprint(), line.id()))) {
        throw new FederationException(Reason.MALFORMED, "an entry listed twice");
      }
    }
  }

  private T verifyEntry(SignedDocumentIn doc, Ed25519PublicKey key, ManifestEntry line, int i)
      throws FederationException {
    if (!doc.claimedSigner().equals(line.origin().thumbprint())) {
      throw new FederationException(Reason.WRONG_ORIGIN, "entry " + i + " not signed by origin");
    }
    byte[] payload = Failures.verify(doc, key, DocumentTypes.entryType(kind));
    T entry = Json.read(payload, limits.maxEntryChars(), in -> EntryCodecs.decode(kind, in));
    if (!entry.origin().equals(line.origin()) || !entry.id().equals(line.id())) {
      throw new FederationException(Reason.WRONG_ORIGIN, "entry " + i + " names another origin");
    }
    return entry;
  }
}
