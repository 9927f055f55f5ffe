package org.hearth.federation;

import static org.hearth.federation.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PeerTest {
  private static final Map<String, BiFunction<Peer, Instant, Peer>> ACTIONS =
      Map.of(
          "approve", Peer::approve,
          "decline", Peer::decline,
          "remoteApproved", Peer::remoteApproved,
          "remoteDeclined", Peer::remoteDeclined,
          "suspend", Peer::suspend,
          "resume", Peer::resume,
          "remove", Peer::remove);

  /** The legal transitions: (from, action) -> to. Everything else must throw. */
  private static final Map<PeerState, Map<String, PeerState>> LEGAL =
      Map.of(
          PeerState.PENDING_OUTGOING,
              Map.of(
                  "remoteApproved", PeerState.ACTIVE,
                  "remoteDeclined", PeerState.DECLINED,
                  "remove", PeerState.REMOVED),
          PeerState.PENDING_INCOMING,
              Map.of(
                  "approve", PeerState.ACTIVE,
                  "decline", PeerState.DECLINED,
                  "remove", PeerState.REMOVED),
          PeerState.ACTIVE, Map.of("suspend", PeerState.SUSPENDED, "remove", PeerState.REMOVED),
          PeerState.SUSPENDED, Map.of("resume", PeerState.ACTIVE, "remove", PeerState.REMOVED),
          PeerState.DECLINED, Map.of("remove", PeerState.REMOVED),
          PeerState.REMOVED, Map.of());

  static Stream<Arguments> everyStateAndAction() {
    return EnumSet.allOf(PeerState.class).stream()
        .flatMap(s -> ACTIONS.keySet().stream().map(a -> Arguments.of(s, a)));
  }

  @ParameterizedTest(name = "{0} --{1}-->")
  @MethodSource("everyStateAndAction")
  void onlyLegalTransitionsSucceed(PeerState from, String action) {
    Peer peer = peerIn(from);
    PeerState expected = LEGAL.get(from).get(action);
    Instant later = NOW.plusSeconds(60);
    if (expected == null) {
      IllegalPeerTransitionException e =
          assertThrows(
              IllegalPeerTransitionException.class, () -> ACTIONS.get(action).apply(peer, later));
      assertEquals(from, e.from());
    } else {
      Peer moved = ACTIONS.get(action).apply(peer, later);
      assertEquals(expected, moved.state());
      assertEquals(later, moved.changedAt());
      assertEquals(peer.id(), moved.id());
    }
  }

  @Test
  void onlyActivePeersAreActive() {
    Set<PeerState> active = EnumSet.noneOf(PeerState.class);
    for (PeerState s : PeerState.values()) {
      if (peerIn(s).isActive()) {
        active.add(s);
      }
    }
    assertEquals(Set.of(PeerState.ACTIVE), active);
  }

  @Test
  void aTrustRecordOfAnotherInstanceIsRefused() {
    Peer peer = peerIn(PeerState.ACTIVE);
    KnownPeer other = KnownPeer.firstPin(Fixtures.document(Fixtures.key(9), "other", NOW), NOW);
    assertThrows(IllegalArgumentException.class, () -> peer.withKnown(other));
  }

  private static Peer peerIn(PeerState state) {
    KnownPeer known = KnownPeer.firstPin(Fixtures.document(Fixtures.key(1), "a", NOW), NOW);
    return new Peer(known, state, false, NOW);
  }
}
