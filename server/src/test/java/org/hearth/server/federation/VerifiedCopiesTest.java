package org.hearth.server.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.federation.BaseUrl;
import org.hearth.federation.Endpoints;
import org.hearth.federation.FeedKind;
import org.hearth.federation.GroupListing;
import org.hearth.federation.InstanceDocument;
import org.hearth.federation.KnownPeer;
import org.hearth.federation.Peer;
import org.hearth.federation.PeerState;
import org.hearth.federation.merge.PeerFeed;
import org.hearth.federation.protocol.FeedWire;
import org.hearth.federation.protocol.InstanceSigner;
import org.hearth.federation.verify.FeedLimits;
import org.junit.jupiter.api.Test;

/** A merge re-verifies only copies it has not seen, and leaves out copies that do not verify. */
class VerifiedCopiesTest {
  private static final Instant NOW = Instant.parse("2026-11-26T04:00:00Z");

  private final Ed25519KeyPair key = Ed25519KeyPair.generate();
  private final InstanceSigner signer = new InstanceSigner(key);
  private final InstanceDocument doc =
      new InstanceDocument(
          "Peer",
          "NGO",
          "Peer support",
          new BaseUrl("https://peer.example"),
          key.publicKey(),
          Endpoints.DEFAULT,
          InstanceDocument.PROTOCOL_VERSION,
          NOW);
  private final Peer peer = new Peer(KnownPeer.firstPin(doc, NOW), PeerState.ACTIVE, false, NOW);

  @Test
  void aCopySeenBeforeIsNotVerifiedAgain() {
    FeedWire wire = feed();
    AtomicInteger reads = new AtomicInteger();
    VerifiedCopies.Copy copy =
        new VerifiedCopies.Copy(
            peer,
            wire.etag(),
            NOW,
            () -> {
              reads.incrementAndGet();
              return Optional.of(wire.toJson());
            });
    VerifiedCopies copies = new VerifiedCopies();
    assertEquals(1, merge(copies, copy).get(0).feed().entries().size());
    assertEquals(1, merge(copies, copy).get(0).feed().entries().size());
    assertEquals(1, reads.get(), "read and verified once");

    Peer opted = peer.withShowPeersPeers(true);
    merge(copies, new VerifiedCopies.Copy(opted, wire.etag(), NOW, copy.wire()));
    assertEquals(2, reads.get(), "verified again once the admin's choice changed");
  }

  @Test
  void aCopyThatDoesNotVerifyIsLeftOut() {
    FeedWire wire = feed();
    String entry = wire.entries().get(0);
    int at = entry.indexOf('.') + 5;
    String changed =
        entry.substring(0, at) + (entry.charAt(at) == 'A' ? 'B' : 'A') + entry.substring(at + 1);
    String tampered = new FeedWire(wire.feed(), List.of(changed)).toJson();
    VerifiedCopies.Copy copy =
        new VerifiedCopies.Copy(peer, wire.etag(), NOW, () -> Optional.of(tampered));
    assertTrue(merge(new VerifiedCopies(), copy).isEmpty());
  }

  private List<PeerFeed<GroupListing>> merge(VerifiedCopies copies, VerifiedCopies.Copy copy) {
    return copies.peerFeeds(
        FeedKind.DIRECTORY,
        List.of(copy),
        origin -> Optional.empty(),
        FeedLimits.DEFAULT,
        NOW,
        Runnable::run,
        n -> {});
  }

  private FeedWire feed() {
    var listing =
        new GroupListing(
            new org.hearth.federation.EntryId("g1"),
            doc.origin(),
            new org.hearth.federation.GroupDescriptor(
                "Circle",
                "A group.",
                List.of(),
                "en",
                Optional.empty(),
                12,
                org.hearth.federation.JoinPolicy.OPEN,
                Optional.empty()),
            java.net.URI.create("https://peer.example/groups/g1"),
            NOW);
    return signer
        .feeds()
        .signFeed(
            FeedKind.DIRECTORY,
            1,
            NOW,
            List.of(signer.feeds().signEntry(FeedKind.DIRECTORY, listing)));
  }
}
