package org.hearth.federation;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.spi.NonceStore;
import org.hearth.federation.spi.PeerStore;

/** Deterministic keys, instances, entries and in-memory ports for federation tests. */
public final class Fixtures {
  public static final Instant NOW = Instant.parse("2026-11-26T04:00:00Z");

  private Fixtures() {}

  /** The key pair made from a seed of 32 bytes {@code n}. */
  public static Ed25519KeyPair key(int n) {
    byte[] seed = new byte[32];
    java.util.Arrays.fill(seed, (byte) n);
    return Ed25519KeyPair.fromSeed(seed);
  }

  public static BaseUrl url(String host) {
    return new BaseUrl("https://" + host + ".example");
  }

  public static InstanceDocument document(Ed25519KeyPair key, String host, Instant issuedAt) {
    return new InstanceDocument(
        "Hearth " + host,
        "NGO " + host,
        "Peer support run by " + host,
        url(host),
        key.publicKey(),
        Endpoints.DEFAULT,
        InstanceDocument.PROTOCOL_VERSION,
        issuedAt);
  }

  public static Peer activePeer(Ed25519KeyPair key, String host, boolean showPeersPeers) {
    KnownPeer known = KnownPeer.firstPin(document(key, host, NOW), NOW);
    return new Peer(known, PeerState.ACTIVE, showPeersPeers, NOW);
  }

  public static Origin origin(Ed25519KeyPair key, String host) {
    return new Origin(key.publicKey().thumbprint(), url(host));
  }

  public static GroupListing group(Origin origin, String id, Instant updatedAt) {
    GroupDescriptor d =
        new GroupDescriptor(
            "Grief circle " + id,
            "A weekly circle for people who lost someone.",
            List.of("grief", "loss"),
            "en",
            Optional.of(5),
            12,
            JoinPolicy.APPROVAL,
            Optional.of(Hours.schedule("Mo 18:00-20:00", ZoneId.of("Europe/Berlin"))));
    return new GroupListing(
        new EntryId(id),
        origin,
        d,
        URI.create(origin.baseUrl().value() + "/groups/" + id + "/join"),
        updatedAt);
  }

  public static ResourceEntry resource(Origin origin, String id, LocalDate reviewBy) {
    return new ResourceEntry(
        new EntryId(id),
        origin,
        ResourceKind.CRISIS_LINE,
        "Crisis line " + id,
        "Free, confidential, around the clock.",
        List.of("DE", "AT"),
        List.of("de", "en"),
        new Contact(
            Optional.of("0800 111 0 111"),
            Optional.of("+49 160 1234567"),
            Optional.of("HELP"),
            Optional.of(URI.create("https://crisis.example/chat"))),
        Hours.ALWAYS,
        Cost.FREE,
        "NGO " + id,
        NOW.minusSeconds(86_400),
        reviewBy,
        NOW.minusSeconds(3_600));
  }

  /** A clock fixed at {@code instant}. */
  public static Clock clockAt(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }

  /** A thread-safe in-memory nonce store (expiry is not needed within a test). */
  public static NonceStore nonces() {
    Map<String, Instant> seen = new ConcurrentHashMap<>();
    return (sender, nonce, expiresAt) ->
        seen.putIfAbsent(sender.value() + "/" + nonce.value(), expiresAt) == null;
  }

  /** An in-memory peer store. */
  public static PeerStore peers(Peer... initial) {
    Map<KeyThumbprint, Peer> map = new ConcurrentHashMap<>();
    for (Peer p : initial) {
      map.put(p.id(), p);
    }
    return new PeerStore() {
      @Override
      public Optional<Peer> find(KeyThumbprint peerId) {
        return Optional.ofNullable(map.get(peerId));
      }

      @Override
      public Optional<Peer> findByPinnedKey(KeyThumbprint thumbprint) {
        return map.values().stream()
            .filter(p -> p.known().pinnedThumbprint().equals(thumbprint))
            .findFirst();
      }

      @Override
      public List<Peer> all() {
        return List.copyOf(map.values());
      }

      @Override
      public void save(Peer peer) {
        map.put(peer.id(), peer);
      }
    };
  }
}
