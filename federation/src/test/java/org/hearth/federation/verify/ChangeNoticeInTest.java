package org.hearth.federation.verify;

import static org.hearth.federation.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.FederationException;
import org.hearth.federation.FederationException.Reason;
import org.hearth.federation.FeedKind;
import org.hearth.federation.Fixtures;
import org.hearth.federation.Peer;
import org.hearth.federation.protocol.InstanceSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChangeNoticeInTest {
  static final Ed25519KeyPair A = Fixtures.key(1);
  static final KeyThumbprint SELF = Fixtures.key(2).publicKey().thumbprint();
  static final Peer ACTIVE = Fixtures.activePeer(A, "a", false);

  @Test
  void aNoticeFromAnActivePeerVerifies() throws FederationException {
    String notice = new InstanceSigner(A).signChangeNotice(SELF, FeedKind.RESOURCES, 42, NOW);
    VerifiedChangeNotice v =
        ChangeNoticeIn.parse(notice).verify(ACTIVE, SELF, NOW, Freshness.DEFAULT);
    assertEquals(FeedKind.RESOURCES, v.feed());
    assertEquals(42, v.sequence());
    assertEquals(ACTIVE.id(), v.peerId());
  }

  static Stream<Arguments> refusals() {
    InstanceSigner a = new InstanceSigner(A);
    return Stream.of(
        Arguments.of(
            "suspended peer",
            ACTIVE.suspend(NOW),
            a.signChangeNotice(SELF, FeedKind.DIRECTORY, 1, NOW),
            Reason.NOT_A_PEER),
        Arguments.of(
            "signed by another",
            ACTIVE,
            new InstanceSigner(Fixtures.key(5)).signChangeNotice(SELF, FeedKind.DIRECTORY, 1, NOW),
            Reason.WRONG_KEY),
        Arguments.of(
            "for another",
            ACTIVE,
            a.signChangeNotice(A.publicKey().thumbprint(), FeedKind.DIRECTORY, 1, NOW),
            Reason.WRONG_AUDIENCE),
        Arguments.of(
            "too old",
            ACTIVE,
            a.signChangeNotice(SELF, FeedKind.DIRECTORY, 1, NOW.minusSeconds(600)),
            Reason.STALE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void refused(String name, Peer sender, String notice, Reason expected) {
    FederationException e =
        assertThrows(
            FederationException.class,
            () -> ChangeNoticeIn.parse(notice).verify(sender, SELF, NOW, Freshness.DEFAULT));
    assertEquals(expected, e.reason());
  }
}
