package org.hearth.federation.bench;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.federation.BaseUrl;
import org.hearth.federation.Endpoints;
import org.hearth.federation.EntryId;
import org.hearth.federation.FederationException;
import org.hearth.federation.FeedKind;
import org.hearth.federation.GroupDescriptor;
import org.hearth.federation.GroupListing;
import org.hearth.federation.Hours;
import org.hearth.federation.InstanceDocument;
import org.hearth.federation.JoinPolicy;
import org.hearth.federation.KnownPeer;
import org.hearth.federation.Origin;
import org.hearth.federation.Peer;
import org.hearth.federation.PeerState;
import org.hearth.federation.merge.FeedMerger;
import org.hearth.federation.merge.MergePolicy;
import org.hearth.federation.merge.MergedView;
import org.hearth.federation.merge.PeerFeed;
import org.hearth.federation.protocol.FeedSigner;
import org.hearth.federation.protocol.InstanceSigner;
import org.hearth.federation.protocol.SignedEntry;
import org.hearth.federation.verify.FeedIn;
import org.hearth.federation.verify.FeedLimits;
import org.hearth.federation.verify.VerifiedFeed;

/**
 * {@code peers} active peers, each publishing a signed directory feed of {@code entriesPerPeer}
 * entries it signed itself, as they arrive over the wire (JSON strings); and the work the server
 * does with them: parse, verify every signature, merge.
 *
 * <p>Not thread-safe to build; {@link #verifyAndMerge} may run concurrently.
 */
final class FederationScenario {
  static final Instant NOW = Instant.parse("2026-11-26T04:00:00Z");

  final List<Peer> peers = new ArrayList<>();
  final List<String> feeds = new ArrayList<>();
  final int entries;

  FederationScenario(int peerCount, int entriesPerPeer) {
    this.entries = peerCount * entriesPerPeer;
    for (int p = 0; p < peerCount; p++) {
      Ed25519KeyPair key = Ed25519KeyPair.generate();
      BaseUrl url = new BaseUrl("https://peer" + p + ".example");
      InstanceDocument doc =
          new InstanceDocument(
              "Peer " + p,
              "NGO " + p,
              "Peer support",
              url,
              key.publicKey(),
              Endpoints.DEFAULT,
              InstanceDocument.PROTOCOL_VERSION,
              NOW);
      peers.add(new Peer(KnownPeer.firstPin(doc, NOW), PeerState.ACTIVE, false, NOW));
      FeedSigner signer = new InstanceSigner(key).feeds();
      Origin origin = doc.origin();
      List<SignedEntry> signed = new ArrayList<>(entriesPerPeer);
      for (int i = 0; i < entriesPerPeer; i++) {
        signed.add(signer.signEntry(FeedKind.DIRECTORY, group(origin, i)));
      }
      feeds.add(signer.signFeed(FeedKind.DIRECTORY, 1, NOW, signed).toJson());
    }
  }

  private static GroupListing group(Origin origin, int i) {
    GroupDescriptor d =
        new GroupDescriptor(
            "Support circle " + i,
            "A peer-support group meeting weekly online; everyone is welcome to listen first.",
            List.of("grief", "anxiety", "parents"),
            "en",
            Optional.of(i % 12),
            12,
            JoinPolicy.APPROVAL,
            Optional.of(Hours.schedule("Mo,Th 18:00-20:00", java.time.ZoneId.of("Europe/Berlin"))));
    return new GroupListing(
        new EntryId("g" + i),
        origin,
        d,
        URI.create(origin.baseUrl().value() + "/groups/g" + i + "/join"),
        NOW.minusSeconds(i));
  }

  /** Verifies every feed (on {@code pool}, one task per peer) and merges the results. */
  MergedView<GroupListing> verifyAndMerge(ExecutorService pool)
      throws InterruptedException, ExecutionException {
    List<Future<VerifiedFeed<GroupListing>>> futures = new ArrayList<>(feeds.size());
    for (int p = 0; p < feeds.size(); p++) {
      Peer peer = peers.get(p);
      String json = feeds.get(p);
      futures.add(pool.submit(() -> verify(peer, json)));
    }
    List<PeerFeed<GroupListing>> verified = new ArrayList<>(feeds.size());
    for (Future<VerifiedFeed<GroupListing>> f : futures) {
      verified.add(new PeerFeed<>(f.get(), NOW));
    }
    return FeedMerger.merge(verified, MergePolicy.DEFAULT, NOW);
  }

  private static VerifiedFeed<GroupListing> verify(Peer peer, String json)
      throws FederationException {
    return FeedIn.parse(FeedKind.DIRECTORY, json, FeedLimits.DEFAULT)
        .verify(peer, origin -> Optional.empty(), -1, NOW);
  }
}
