package org.hearth.server.federation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hearth.federation.FederationException;
import org.hearth.federation.IllegalPeerTransitionException;
import org.hearth.federation.InstanceDocument;
import org.hearth.federation.Peer;
import org.hearth.federation.PeerState;
import org.hearth.federation.verify.ChangeNoticeIn;
import org.hearth.federation.verify.Freshness;
import org.hearth.federation.verify.PeeringNoticeIn;
import org.hearth.federation.verify.PeeringRequestIn;
import org.hearth.federation.verify.RequestVerifier;
import org.hearth.federation.verify.VerifiedPeeringRequest;
import org.hearth.federation.verify.VerifiedRequest;
import org.hearth.server.api.ApiException;
import org.hearth.server.api.ProblemType;
import org.hearth.server.api.RateLimiter;

/** What other instances post to the inbox, verified by the protocol module and then applied. */
@ApplicationScoped
public class InboxService {
  @Inject LocalInstance local;
  @Inject JpaPeerStore peers;
  @Inject JpaNonceStore nonces;
  @Inject RequestGate gate;
  @Inject FeedSync sync;
  @Inject PeeringLifecycle lifecycle;
  @Inject PeeringEvents events;
  @Inject FederationSettings settings;

  Clock clock = Clock.systemUTC();

  private RateLimiter requestLimit;

  @PostConstruct
  void create() {
    double perSecond = settings.peeringRequestsPerMinute() / 60.0;
    requestLimit =
        new RateLimiter(
            perSecond, Math.max(2, settings.peeringRequestsPerMinute() * 2), System::nanoTime);
  }

  /** A peering request: at most a new pending entry for the admin (or crossed requests: active). */
  public void peeringRequest(byte[] body, String connection) {
    local.requireBaseUrl();
    long wait = requestLimit.acquire(connection);
    if (wait > 0) {
      throw ApiException.tooMany("Too many peering requests; try again later.", wait);
    }
    Instant now = clock.instant();
    VerifiedPeeringRequest verified;
    try {
      verified =
          PeeringRequestIn.parse(new String(body, StandardCharsets.UTF_8))
              .verify(local.thumbprint(), now, Freshness.DEFAULT, nonces);
    } catch (FederationException e) {
      throw FederationProblems.of(e);
    }
    InstanceDocument doc = verified.document();
    if (!local.allowed(doc.baseUrl()) || doc.thumbprint().equals(local.thumbprint())) {
      throw new ApiException(
          ProblemType.FORBIDDEN, "This instance peers only with other instances over https.");
    }
    Optional<Peer> existing = peers.findByPinnedKey(doc.thumbprint());
    boolean fresh = existing.isEmpty() || existing.get().state() == PeerState.REMOVED;
    if (fresh && peers.pendingIncoming() >= settings.maxPending()) {
      throw new ApiException(
          ProblemType.TOO_MANY_REQUESTS,
          "Too many peering requests are waiting for this instance's admin; try again later.");
    }
    Peer applied = verified.applyTo(existing, now);
    if (existing.isPresent() && applied.equals(existing.get())) {
      return;
    }
    peers.save(applied);
    if (applied.isActive()) {
      events.record(applied, "activated", "both admins asked to peer");
      lifecycle.activated(applied);
    } else {
      events.record(applied, "request-received", "fingerprint " + doc.fingerprint().value());
    }
  }

  /** A peering notice: the other admin approved, declined, suspended, resumed or removed. */
  public void peeringNotice(HttpServletRequest request, byte[] body) {
    VerifiedRequest call = gate.verify(request, "POST", body, RequestVerifier.ANY_PEERING);
    Peer before = call.sender();
    Peer after;
    try {
      after =
          PeeringNoticeIn.parse(new String(body, StandardCharsets.US_ASCII))
              .verifyAndApply(
                  before, local.thumbprint(), clock.instant(), Freshness.DEFAULT, nonces);
    } catch (FederationException e) {
      throw FederationProblems.of(e);
    } catch (IllegalPeerTransitionException e) {
      throw new ApiException(ProblemType.CONFLICT, "The notice does not fit this peering's state.");
    }
    peers.save(after);
    events.record(after, "remote-" + after.state().name().toLowerCase(java.util.Locale.ROOT), null);
    if (after.state() == PeerState.REMOVED) {
      lifecycle.removed(after);
    } else if (after.isActive()) {
      lifecycle.activated(after);
    } else {
      lifecycle.changed();
    }
  }

  /** A change notice from an active peer: pull that feed within seconds. */
  public void changeNotice(HttpServletRequest request, byte[] body) {
    VerifiedRequest call = gate.verify(request, "POST", body, RequestVerifier.ACTIVE_ONLY);
    try {
      sync.onChangeNotice(
          ChangeNoticeIn.parse(new String(body, StandardCharsets.US_ASCII))
              .verify(call.sender(), local.thumbprint(), clock.instant(), Freshness.DEFAULT));
    } catch (FederationException e) {
      throw FederationProblems.of(e);
    }
  }
}
