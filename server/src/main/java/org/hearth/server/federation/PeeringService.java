package org.hearth.server.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hearth.crypto.Fingerprint;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.BaseUrl;
import org.hearth.federation.FederationException;
import org.hearth.federation.IllegalPeerTransitionException;
import org.hearth.federation.InstanceDocument;
import org.hearth.federation.KnownPeer;
import org.hearth.federation.Peer;
import org.hearth.federation.PeerState;
import org.hearth.federation.protocol.PeeringNotice;
import org.hearth.federation.protocol.PeeringRequestWire;
import org.hearth.federation.verify.InstanceDocumentIn;
import org.hearth.server.api.ApiException;
import org.hearth.server.api.Problem;
import org.hearth.server.api.ProblemType;

/**
 * The admin's side of peering: look an instance up by address and see its fingerprint, ask it to
 * peer, answer its request, suspend, resume or remove, and choose what its feed may show. Every
 * decision is told to the peer with a signed notice.
 */
@ApplicationScoped
public class PeeringService {
  @Inject LocalInstance local;
  @Inject JpaPeerStore peers;
  @Inject PeerClient client;
  @Inject PeerNotifier notifier;
  @Inject PeeringLifecycle lifecycle;
  @Inject PeeringEvents events;

  Clock clock = Clock.systemUTC();

  /** What the admin delivered a decision to, and whether the peer took it. */
  public record Decision(Peer peer, boolean delivered) {}

  /** Fetches and checks the instance document at {@code address}, storing nothing. */
  public InstanceDocument lookUp(String address) {
    local.requireBaseUrl();
    BaseUrl url = baseUrl(address);
    String json;
    try {
      json = client.fetch(url);
    } catch (IOException e) {
      throw new ApiException(
          ProblemType.PEER_UNREACHABLE, "No instance document could be fetched from " + url + ".");
    }
    InstanceDocument doc;
    try {
      doc = InstanceDocumentIn.parse(json).verifySelfSigned();
    } catch (FederationException e) {
      throw FederationProblems.of(e);
    }
    if (!doc.baseUrl().equals(url)) {
      throw new ApiException(
          ProblemType.WRONG_ORIGIN,
          "The instance at " + url + " says it is " + doc.baseUrl() + ".");
    }
    if (doc.thumbprint().equals(local.thumbprint())) {
      throw new ApiException(ProblemType.CONFLICT, "This is this instance's own address.");
    }
    return doc;
  }

  /**
   * Asks the instance at {@code address} to peer, once the admin compared its {@code fingerprint}
   * out of band. Crossed requests (it asked first) approve its request instead.
   */
  public Decision request(String address, String fingerprint) {
    InstanceDocument doc = lookUp(address);
    Fingerprint compared;
    try {
      compared = Fingerprint.parse(fingerprint);
    } catch (IllegalArgumentException e) {
      throw invalid("fingerprint", "must be a fingerprint as the other instance shows it");
    }
    if (!compared.equals(doc.fingerprint())) {
      throw new ApiException(
          ProblemType.FINGERPRINT_MISMATCH,
          "The instance at this address has another fingerprint: do not peer until you know why.");
    }
    Instant now = clock.instant();
    Optional<Peer> existing = peers.findByPinnedKey(doc.thumbprint());
    if (existing.isPresent() && existing.get().state() == PeerState.PENDING_INCOMING) {
      return approve(existing.get().id());
    }
    if (existing.isPresent()
        && existing.get().state() != PeerState.REMOVED
        && existing.get().state() != PeerState.DECLINED) {
      throw new ApiException(
          ProblemType.CONFLICT, "There is already a peering with this instance.");
    }
    Peer peer = Peer.outgoing(KnownPeer.firstPin(doc, now), now);
    peers.save(peer);
    return send(peer);
  }

  /** Sends the peering request of a peering that waits for the other admin, again. */
  public Decision resend(KeyThumbprint id) {
    Peer peer = require(id);
    if (peer.state() != PeerState.PENDING_OUTGOING) {
      throw new ApiException(ProblemType.CONFLICT, "Only a request still waiting is sent again.");
    }
    return send(peer);
  }

  public Decision approve(KeyThumbprint id) {
    Peer peer = move(id, p -> p.approve(clock.instant()), "approved");
    lifecycle.activated(peer);
    return new Decision(peer, notifier.tell(peer, PeeringNotice.Action.APPROVE));
  }

  public Decision decline(KeyThumbprint id) {
    Peer peer = move(id, p -> p.decline(clock.instant()), "declined");
    return new Decision(peer, notifier.tell(peer, PeeringNotice.Action.DECLINE));
  }

  public Decision suspend(KeyThumbprint id) {
    Peer peer = move(id, p -> p.suspend(clock.instant()), "suspended");
    lifecycle.changed();
    return new Decision(peer, notifier.tell(peer, PeeringNotice.Action.SUSPEND));
  }

  public Decision resume(KeyThumbprint id) {
    Peer peer = move(id, p -> p.resume(clock.instant()), "resumed");
    lifecycle.activated(peer);
    return new Decision(peer, notifier.tell(peer, PeeringNotice.Action.RESUME));
  }

  /** Removes the peering and drops everything cached from the peer; the peer is told first. */
  public Decision remove(KeyThumbprint id) {
    Peer before = require(id);
    boolean delivered =
        before.state() != PeerState.PENDING_INCOMING
            && notifier.tell(before, PeeringNotice.Action.REMOVE);
    Peer peer = move(id, p -> p.remove(clock.instant()), "removed");
    lifecycle.removed(peer);
    return new Decision(peer, delivered);
  }

  /** The admin's choices for a peer's feed: its peers' entries shown, the whole feed hidden. */
  public Peer options(KeyThumbprint id, Boolean showPeersPeers, Boolean feedHidden) {
    Peer peer = require(id);
    if (showPeersPeers != null && showPeersPeers != peer.showPeersPeers()) {
      peer = peer.withShowPeersPeers(showPeersPeers);
      peers.save(peer);
      events.record(peer, showPeersPeers ? "peers-peers-shown" : "peers-peers-hidden", null);
    }
    if (feedHidden != null) {
      peers.setFeedHidden(id, feedHidden);
      events.record(peer, feedHidden ? "feed-hidden" : "feed-shown", null);
    }
    lifecycle.changed();
    return peer;
  }

  public List<JpaPeerStore.PeerRecord> all() {
    return peers.records();
  }

  public JpaPeerStore.PeerRecord record(KeyThumbprint id) {
    return peers
        .record(id)
        .filter(r -> r.peer().state() != PeerState.REMOVED)
        .orElseThrow(PeeringService::notFound);
  }

  private Decision send(Peer peer) {
    PeeringRequestWire wire =
        local
            .signer()
            .signPeeringRequest(
                peer.known().pinnedThumbprint(), local.wire(clock.instant()), clock.instant());
    boolean delivered;
    try {
      delivered =
          client.postPeeringRequest(
                  peer.known().baseUrl(),
                  peer.known().document().endpoints().inbox(),
                  wire.toJson())
              == 202;
    } catch (IOException e) {
      delivered = false;
    }
    events.record(peer, delivered ? "request-sent" : "request-not-delivered", null);
    return new Decision(peer, delivered);
  }

  private Peer move(KeyThumbprint id, java.util.function.UnaryOperator<Peer> change, String kind) {
    Peer peer;
    try {
      peer = change.apply(require(id));
    } catch (IllegalPeerTransitionException e) {
      throw new ApiException(
          ProblemType.CONFLICT,
          "A peering that is "
              + e.from().name().toLowerCase(java.util.Locale.ROOT)
              + " cannot be "
              + kind
              + ".");
    }
    peers.save(peer);
    events.record(peer, kind, null);
    return peer;
  }

  private Peer require(KeyThumbprint id) {
    return record(id).peer();
  }

  private static BaseUrl baseUrl(String address) {
    String trimmed = address == null ? "" : address.strip();
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    try {
      return new BaseUrl(trimmed);
    } catch (IllegalArgumentException e) {
      throw invalid("baseUrl", "must be an https address such as https://hearth.example.org");
    }
  }

  private static ApiException invalid(String field, String message) {
    return new ApiException(
        ProblemType.VALIDATION,
        "Correct the fields listed in errors and send again.",
        List.of(new Problem.FieldError(field, message)));
  }

  static ApiException notFound() {
    return new ApiException(ProblemType.NOT_FOUND, "There is no peering with this id.");
  }
}
