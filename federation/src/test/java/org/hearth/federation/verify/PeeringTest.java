package org.hearth.federation.verify;

import static org.hearth.federation.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.FederationException;
import org.hearth.federation.FederationException.Reason;
import org.hearth.federation.Fixtures;
import org.hearth.federation.IllegalPeerTransitionException;
import org.hearth.federation.KnownPeer;
import org.hearth.federation.Peer;
import org.hearth.federation.PeerState;
import org.hearth.federation.protocol.InstanceSigner;
import org.hearth.federation.protocol.InstanceWire;
import org.hearth.federation.protocol.PeeringNotice.Action;
import org.hearth.federation.protocol.PeeringRequestWire;
import org.hearth.federation.spi.NonceStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class PeeringTest {
  static final Ed25519KeyPair A = Fixtures.key(1);
  static final Ed25519KeyPair B = Fixtures.key(2);
  static final KeyThumbprint B_ID = B.publicKey().thumbprint();
  static final InstanceSigner A_SIGNER = new InstanceSigner(A);
  static final InstanceWire A_WIRE =
      A_SIGNER.instanceWire(Fixtures.document(A, "a", NOW), List.of());

  static VerifiedPeeringRequest receive(String json, NonceStore nonces) throws FederationException {
    return PeeringRequestIn.parse(json).verify(B_ID, NOW, Freshness.DEFAULT, nonces);
  }

  @Test
  void aRequestFromAStrangerOnlyCreatesAPendingEntry() throws FederationException {
    String json = A_SIGNER.signPeeringRequest(B_ID, A_WIRE, NOW).toJson();
    VerifiedPeeringRequest request = receive(json, Fixtures.nonces());
    assertEquals(A.publicKey(), request.document().publicKey());
    Peer peer = request.applyTo(Optional.empty(), NOW);
    assertEquals(PeerState.PENDING_INCOMING, peer.state());
    assertEquals(A.publicKey().thumbprint(), peer.id());
  }

  @Test
  void crossedRequestsActivateThePeering() throws FederationException {
    VerifiedPeeringRequest request =
        receive(A_SIGNER.signPeeringRequest(B_ID, A_WIRE, NOW).toJson(), Fixtures.nonces());
    Peer outgoing = Peer.outgoing(KnownPeer.firstPin(request.document(), NOW), NOW);
    assertEquals(PeerState.ACTIVE, request.applyTo(Optional.of(outgoing), NOW).state());
  }

  @ParameterizedTest
  @EnumSource(
      value = PeerState.class,
      names = {"PENDING_INCOMING", "ACTIVE", "SUSPENDED", "DECLINED"})
  void aRequestNeverReopensOrChangesAnExistingPeering(PeerState state) throws FederationException {
    VerifiedPeeringRequest request =
        receive(A_SIGNER.signPeeringRequest(B_ID, A_WIRE, NOW).toJson(), Fixtures.nonces());
    Peer existing = new Peer(KnownPeer.firstPin(request.document(), NOW), state, false, NOW);
    assertSame(existing, request.applyTo(Optional.of(existing), NOW));
  }

  static Stream<Arguments> refusedRequests() {
    PeeringRequestWire good = A_SIGNER.signPeeringRequest(B_ID, A_WIRE, NOW);
    InstanceWire otherDoc =
        new InstanceSigner(Fixtures.key(3))
            .instanceWire(Fixtures.document(Fixtures.key(3), "c", NOW), List.of());
    String goodReq = good.request();
    String forged =
        goodReq.substring(0, goodReq.lastIndexOf('.'))
            + otherDoc.document().substring(otherDoc.document().lastIndexOf('.'));
    InstanceWire aLater =
        A_SIGNER.instanceWire(Fixtures.document(A, "a", NOW.plusSeconds(1)), List.of());
    return Stream.of(
        Arguments.of(
            "for another instance",
            A_SIGNER.signPeeringRequest(Fixtures.key(4).publicKey().thumbprint(), A_WIRE, NOW),
            Reason.WRONG_AUDIENCE),
        Arguments.of(
            "too old",
            A_SIGNER.signPeeringRequest(B_ID, A_WIRE, NOW.minusSeconds(301)),
            Reason.STALE),
        Arguments.of(
            "from the future",
            A_SIGNER.signPeeringRequest(B_ID, A_WIRE, NOW.plusSeconds(301)),
            Reason.STALE),
        Arguments.of(
            "forged signature", new PeeringRequestWire(forged, A_WIRE), Reason.BAD_SIGNATURE),
        Arguments.of(
            "someone else's document", new PeeringRequestWire(goodReq, otherDoc), Reason.WRONG_KEY),
        Arguments.of(
            "another document of the same key",
            new PeeringRequestWire(goodReq, aLater),
            Reason.WRONG_KEY));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedRequests")
  void refusedRequests(String name, PeeringRequestWire wire, Reason expected) {
    FederationException e =
        assertThrows(FederationException.class, () -> receive(wire.toJson(), Fixtures.nonces()));
    assertEquals(expected, e.reason(), e.getMessage());
  }

  @Test
  void aReplayedRequestIsRefused() throws FederationException {
    String json = A_SIGNER.signPeeringRequest(B_ID, A_WIRE, NOW).toJson();
    NonceStore nonces = Fixtures.nonces();
    receive(json, nonces);
    FederationException e = assertThrows(FederationException.class, () -> receive(json, nonces));
    assertEquals(Reason.REPLAYED, e.reason());
  }

  @Test
  void anApprovalNoticeActivatesAnOutgoingRequest() throws FederationException {
    Peer outgoingToA = Peer.outgoing(KnownPeer.firstPin(Fixtures.document(A, "a", NOW), NOW), NOW);
    String notice = A_SIGNER.signPeeringNotice(B_ID, Action.APPROVE, NOW);
    Peer after =
        PeeringNoticeIn.parse(notice)
            .verifyAndApply(outgoingToA, B_ID, NOW, Freshness.DEFAULT, Fixtures.nonces());
    assertEquals(PeerState.ACTIVE, after.state());
  }

  @Test
  void aNoticeThatDoesNotFitTheStateIsAnIllegalTransition() throws FederationException {
    Peer active = Fixtures.activePeer(A, "a", false);
    PeeringNoticeIn notice =
        PeeringNoticeIn.parse(A_SIGNER.signPeeringNotice(B_ID, Action.APPROVE, NOW));
    assertThrows(
        IllegalPeerTransitionException.class,
        () -> notice.verifyAndApply(active, B_ID, NOW, Freshness.DEFAULT, Fixtures.nonces()));
  }

  @Test
  void noticesAreRefusedFromOthersRemovedPeersAndReplays() throws FederationException {
    Peer active = Fixtures.activePeer(A, "a", false);
    String byStranger =
        new InstanceSigner(Fixtures.key(7)).signPeeringNotice(B_ID, Action.SUSPEND, NOW);
    assertEquals(
        Reason.WRONG_KEY,
        assertThrows(
                FederationException.class,
                () ->
                    PeeringNoticeIn.parse(byStranger)
                        .verifyAndApply(active, B_ID, NOW, Freshness.DEFAULT, Fixtures.nonces()))
            .reason());
    String suspend = A_SIGNER.signPeeringNotice(B_ID, Action.SUSPEND, NOW);
    assertEquals(
        Reason.NOT_A_PEER,
        assertThrows(
                FederationException.class,
                () ->
                    PeeringNoticeIn.parse(suspend)
                        .verifyAndApply(
                            active.remove(NOW), B_ID, NOW, Freshness.DEFAULT, Fixtures.nonces()))
            .reason());
    NonceStore nonces = Fixtures.nonces();
    assertEquals(
        PeerState.SUSPENDED,
        PeeringNoticeIn.parse(suspend)
            .verifyAndApply(active, B_ID, NOW, Freshness.DEFAULT, nonces)
            .state());
    assertEquals(
        Reason.REPLAYED,
        assertThrows(
                FederationException.class,
                () ->
                    PeeringNoticeIn.parse(suspend)
                        .verifyAndApply(active, B_ID, NOW, Freshness.DEFAULT, nonces))
            .reason());
  }
}
