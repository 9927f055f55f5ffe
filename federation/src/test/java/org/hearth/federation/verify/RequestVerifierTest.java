package org.hearth.federation.verify;

import static org.hearth.federation.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.FederationException;
import org.hearth.federation.FederationException.Reason;
import org.hearth.federation.Fixtures;
import org.hearth.federation.Peer;
import org.hearth.federation.PeerState;
import org.hearth.federation.protocol.InstanceSigner;
import org.hearth.federation.spi.NonceStore;
import org.hearth.federation.spi.PeerStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RequestVerifierTest {
  static final Ed25519KeyPair A = Fixtures.key(1);
  static final KeyThumbprint SELF = Fixtures.key(2).publicKey().thumbprint();
  static final InstanceSigner A_SIGNER = new InstanceSigner(A);
  static final String PATH = "/federation/v1/inbox";
  static final byte[] BODY = "{\"hello\":1}".getBytes(StandardCharsets.UTF_8);
  static final int MAX_BODY = 64;

  static RequestVerifier verifier(PeerStore peers, NonceStore nonces) {
    return new RequestVerifier(
        SELF, Fixtures.clockAt(NOW), Freshness.DEFAULT, nonces, peers, MAX_BODY);
  }

  static String sign(String method, String path, byte[] body, KeyThumbprint aud, Instant at) {
    return A_SIGNER.signRequest(method, path, body, aud, at);
  }

  @Test
  void aSignedCallFromAnActivePeerVerifies() throws FederationException {
    Peer a = Fixtures.activePeer(A, "a", false);
    VerifiedRequest r =
        verifier(Fixtures.peers(a), Fixtures.nonces())
            .verify(SignedRequestIn.parse(sign("POST", PATH, BODY, SELF, NOW)), "POST", PATH, BODY);
    assertEquals(a, r.sender());
    assertEquals(PATH, r.claims().path());
  }

  @Test
  void aCallAddressedToAKeyThisInstanceRotatedAwayFromVerifiesButNotToAnyOtherKey()
      throws FederationException {
    Peer a = Fixtures.activePeer(A, "a", false);
    KeyThumbprint former = Fixtures.key(4).publicKey().thumbprint();
    KeyThumbprint stranger = Fixtures.key(5).publicKey().thumbprint();
    RequestVerifier v =
        new RequestVerifier(
            SELF,
            Set.of(former),
            Fixtures.clockAt(NOW),
            Freshness.DEFAULT,
            Fixtures.nonces(),
            Fixtures.peers(a),
            MAX_BODY);
    String toFormer = sign("POST", PATH, BODY, former, NOW);
    assertEquals(a, v.verify(SignedRequestIn.parse(toFormer), "POST", PATH, BODY).sender());
    String toStranger = sign("POST", PATH, BODY, stranger, NOW);
    assertEquals(
        Reason.WRONG_AUDIENCE,
        assertThrows(
                FederationException.class,
                () -> v.verify(SignedRequestIn.parse(toStranger), "POST", PATH, BODY))
            .reason());
  }

  @Test
  void aPendingPeerMaySendPeeringNoticesOnly() throws FederationException {
    Peer pending =
        new Peer(
            Fixtures.activePeer(A, "a", false).known(), PeerState.PENDING_OUTGOING, false, NOW);
    RequestVerifier v = verifier(Fixtures.peers(pending), Fixtures.nonces());
    String header = sign("POST", PATH, BODY, SELF, NOW);
    assertEquals(
        Reason.NOT_A_PEER,
        assertThrows(
                FederationException.class,
                () -> v.verify(SignedRequestIn.parse(header), "POST", PATH, BODY))
            .reason());
    assertEquals(
        pending,
        v.verify(SignedRequestIn.parse(header), "POST", PATH, BODY, RequestVerifier.ANY_PEERING)
            .sender());
  }

  static Stream<Arguments> refusals() {
    Peer active = Fixtures.activePeer(A, "a", false);
    String good = sign("POST", PATH, BODY, SELF, NOW);
    String other = sign("POST", PATH, new byte[] {1}, SELF, NOW);
    String forged =
        good.substring(0, good.lastIndexOf('.')) + other.substring(other.lastIndexOf('.'));
    String byStranger =
        new InstanceSigner(Fixtures.key(9)).signRequest("POST", PATH, BODY, SELF, NOW);
    KeyThumbprint elsewhere = Fixtures.key(3).publicKey().thumbprint();
    return Stream.of(
        Arguments.of("forged signature", active, forged, "POST", PATH, BODY, Reason.BAD_SIGNATURE),
        Arguments.of("not a peer", active, byStranger, "POST", PATH, BODY, Reason.NOT_A_PEER),
        Arguments.of(
            "suspended peer", active.suspend(NOW), good, "POST", PATH, BODY, Reason.NOT_A_PEER),
        Arguments.of(
            "removed peer", active.remove(NOW), good, "POST", PATH, BODY, Reason.NOT_A_PEER),
        Arguments.of(
            "wrong audience",
            active,
            sign("POST", PATH, BODY, elsewhere, NOW),
            "POST",
            PATH,
            BODY,
            Reason.WRONG_AUDIENCE),
        Arguments.of(
            "too old",
            active,
            sign("POST", PATH, BODY, SELF, NOW.minusSeconds(301)),
            "POST",
            PATH,
            BODY,
            Reason.STALE),
        Arguments.of(
            "from the future",
            active,
            sign("POST", PATH, BODY, SELF, NOW.plusSeconds(301)),
            "POST",
            PATH,
            BODY,
            Reason.STALE),
        Arguments.of("another method", active, good, "PUT", PATH, BODY, Reason.BAD_SIGNATURE),
        Arguments.of(
            "another path", active, good, "POST", PATH + "?x=1", BODY, Reason.BAD_SIGNATURE),
        Arguments.of(
            "another body",
            active,
            good,
            "POST",
            PATH,
            "{\"hello\":2}".getBytes(StandardCharsets.UTF_8),
            Reason.BAD_SIGNATURE),
        Arguments.of(
            "body over the limit",
            active,
            sign("POST", PATH, new byte[MAX_BODY + 1], SELF, NOW),
            "POST",
            PATH,
            new byte[MAX_BODY + 1],
            Reason.TOO_LARGE),
        Arguments.of("not a JWS", active, "a.b", "POST", PATH, BODY, Reason.MALFORMED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void refused(
      String name,
      Peer peer,
      String header,
      String method,
      String path,
      byte[] body,
      Reason expected) {
    RequestVerifier v = verifier(Fixtures.peers(peer), Fixtures.nonces());
    FederationException e =
        assertThrows(
            FederationException.class,
            () -> v.verify(SignedRequestIn.parse(header), method, path, body));
    assertEquals(expected, e.reason(), e.getMessage());
  }

  @Test
  void aReplayedCallIsRefusedButAFreshOneIsNot() throws FederationException {
    RequestVerifier v =
        verifier(Fixtures.peers(Fixtures.activePeer(A, "a", false)), Fixtures.nonces());
    String header = sign("POST", PATH, BODY, SELF, NOW);
    v.verify(SignedRequestIn.parse(header), "POST", PATH, BODY);
    FederationException e =
        assertThrows(
            FederationException.class,
            () -> v.verify(SignedRequestIn.parse(header), "POST", PATH, BODY));
    assertEquals(Reason.REPLAYED, e.reason());
    v.verify(SignedRequestIn.parse(sign("POST", PATH, BODY, SELF, NOW)), "POST", PATH, BODY);
  }
}
