package org.hearth.federation.verify;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.FederationException;
import org.hearth.federation.FederationException.Reason;
import org.hearth.federation.Peer;
import org.hearth.federation.PeerState;
import org.hearth.federation.protocol.Digests;
import org.hearth.federation.protocol.DocumentTypes;
import org.hearth.federation.protocol.Json;
import org.hearth.federation.protocol.RequestClaims;
import org.hearth.federation.spi.NonceStore;
import org.hearth.federation.spi.PeerStore;

/**
 * Checks the {@code Hearth-Signature} of every server-to-server call, in this order: body size,
 * sender is a peer in an accepted state, signature by the sender's pinned key, audience is this
 * instance (its current key, or one it rotated away from, which peers may still address until they
 * have read the rotation), method, path and body digest match, time within the freshness window,
 * nonce not seen before (recorded only once everything else holds).
 *
 * <p>Thread-safe if the stores are.
 */
public final class RequestVerifier {
  /** The states a sender may be in for ordinary calls: only active peers. */
  public static final Set<PeerState> ACTIVE_ONLY = Set.of(PeerState.ACTIVE);

  /** The states a sender may be in for peering notices. */
  public static final Set<PeerState> ANY_PEERING =
      Set.of(
          PeerState.PENDING_OUTGOING,
          PeerState.PENDING_INCOMING,
          PeerState.ACTIVE,
          PeerState.SUSPENDED,
          PeerState.DECLINED);

  private final KeyThumbprint self;
  private final Set<KeyThumbprint> formerSelves;
  private final Clock clock;
  private final Freshness freshness;
  private final NonceStore nonces;
  private final PeerStore peers;
  private final long maxBodyBytes;

  public RequestVerifier(
      KeyThumbprint self,
      Clock clock,
      Freshness freshness,
      NonceStore nonces,
      PeerStore peers,
      long maxBodyBytes) {
    this(self, Set.of(), clock, freshness, nonces, peers, maxBodyBytes);
  }

  /**
   * @param formerSelves this instance's keys before its rotations, still accepted as the audience
   */
  public RequestVerifier(
      KeyThumbprint self,
      Set<KeyThumbprint> formerSelves,
      Clock clock,
      Freshness freshness,
      NonceStore nonces,
      PeerStore peers,
      long maxBodyBytes) {
    this.self = Objects.requireNonNull(self, "self");
    this.formerSelves = Set.copyOf(formerSelves);
    this.clock = Objects.requireNonNull(clock, "clock");
    this.freshness = Objects.requireNonNull(freshness, "freshness");
    this.nonces = Objects.requireNonNull(nonces, "nonces");
    this.peers = Objects.requireNonNull(peers, "peers");
    this.maxBodyBytes = maxBodyBytes;
  }

  /**
   * Verifies a call from an active peer.
   *
   * @param pathAndQuery the request target exactly as received
   * @throws FederationException {@code TOO_LARGE}, {@code NOT_A_PEER}, {@code BAD_SIGNATURE},
   *     {@code WRONG_KEY}, {@code WRONG_AUDIENCE}, {@code STALE}, {@code REPLAYED} or {@code
   *     MALFORMED}
   */
  public VerifiedRequest verify(
      SignedRequestIn header, String method, String pathAndQuery, byte[] body)
      throws FederationException {
    return verify(header, method, pathAndQuery, body, ACTIVE_ONLY);
  }

  /** Verifies a call from a peer in one of the {@code accepted} states. */
  public VerifiedRequest verify(
      SignedRequestIn header,
      String method,
      String pathAndQuery,
      byte[] body,
      Set<PeerState> accepted)
      throws FederationException {
    if (body.length > maxBodyBytes) {
      throw new FederationException(Reason.TOO_LARGE, "body over " + maxBodyBytes + " bytes");
    }
    Peer sender =
        peers
            .findByPinnedKey(header.claimedSender())
            .filter(p -> accepted.contains(p.state()))
            .orElseThrow(
                () ->
                    new FederationException(Reason.NOT_A_PEER, "not a peer in an accepted state"));
    byte[] payload = Failures.verify(header.jws, sender.known().pinnedKey(), DocumentTypes.REQUEST);
    RequestClaims claims = Json.read(payload, SignedRequestIn.MAX_CHARS, RequestClaims::from);
    if (!claims.sender().equals(sender.known().pinnedThumbprint())) {
      throw new FederationException(Reason.WRONG_KEY, "claims name another sender");
    }
    if (!claims.audience().equals(self) && !formerSelves.contains(claims.audience())) {
      throw new FederationException(Reason.WRONG_AUDIENCE, "a call meant for another instance");
    }
    if (!claims.method().equals(method)
        || !claims.path().equals(pathAndQuery)
        || claims.bodyLength() != body.length
        || !claims.bodyDigest().equals(Digests.sha256(body))) {
      throw new FederationException(Reason.BAD_SIGNATURE, "the signature covers another request");
    }
    Instant now = clock.instant();
    freshness.check(claims.issuedAt(), now);
    if (!nonces.firstUse(
        claims.sender(), claims.nonce(), freshness.nonceExpiry(claims.issuedAt()))) {
      throw new FederationException(Reason.REPLAYED, "a request seen before");
    }
    return new VerifiedRequest(sender, claims);
  }
}
