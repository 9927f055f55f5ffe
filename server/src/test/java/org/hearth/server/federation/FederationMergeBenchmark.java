package org.hearth.server.federation;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.BaseUrl;
import org.hearth.federation.Endpoints;
import org.hearth.federation.EntryId;
import org.hearth.federation.FederationException;
import org.hearth.federation.FeedKind;
import org.hearth.federation.GroupDescriptor;
import org.hearth.federation.GroupListing;
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
import org.hearth.federation.protocol.FeedWire;
import org.hearth.federation.protocol.InstanceSigner;
import org.hearth.federation.protocol.SignedEntry;
import org.hearth.federation.verify.FeedIn;
import org.hearth.federation.verify.FeedLimits;

/**
 * Not a test: the server's merge of peers' directories, as {@link MergedFeeds} runs it through
 * {@link VerifiedCopies}, timed for {@code peers} peers of {@code entries} entries each. Prints
 * time, entries per second and heap for: parsing only (the baseline: sizes, JSON, JWS form, no
 * signature), a cold merge that verifies every signature (after a restart) on one and on two
 * threads, and the warm re-merge the server does every few seconds. See docs/benchmarks.md.
 *
 * <pre>
 * java -Xmx2g -cp ... org.hearth.server.federation.FederationMergeBenchmark 100 1000
 * </pre>
 */
public final class FederationMergeBenchmark {
  private static final Instant NOW = Instant.parse("2026-11-26T04:00:00Z");
  private static final FeedLimits LIMITS = FeedLimits.DEFAULT;

  /** This instance: its own entries are left out of the merge, as the server does. */
  private static final KeyThumbprint SELF = Ed25519KeyPair.generate().publicKey().thumbprint();

  private final List<Peer> peers = new ArrayList<>();
  private final List<String> wires = new ArrayList<>();
  private final List<String> etags = new ArrayList<>();
  private final int entries;

  private FederationMergeBenchmark(int peerCount, int perPeer) {
    entries = peerCount * perPeer;
    for (int p = 0; p < peerCount; p++) {
      Ed25519KeyPair key = Ed25519KeyPair.generate();
      InstanceDocument doc =
          new InstanceDocument(
              "Peer " + p,
              "NGO " + p,
              "Peer support",
              new BaseUrl("https://peer" + p + ".example"),
              key.publicKey(),
              Endpoints.DEFAULT,
              InstanceDocument.PROTOCOL_VERSION,
              NOW);
      peers.add(new Peer(KnownPeer.firstPin(doc, NOW), PeerState.ACTIVE, false, NOW));
      FeedSigner signer = new InstanceSigner(key).feeds();
      List<SignedEntry> signed = new ArrayList<>(perPeer);
      for (int i = 0; i < perPeer; i++) {
        signed.add(signer.signEntry(FeedKind.DIRECTORY, group(doc.origin(), i)));
      }
      FeedWire feed = signer.signFeed(FeedKind.DIRECTORY, 1, NOW, signed);
      wires.add(feed.toJson());
      etags.add(feed.etag());
    }
  }

  public static void main(String[] args) throws Exception {
    int peerCount = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int perPeer = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    long setup = System.nanoTime();
    FederationMergeBenchmark b = new FederationMergeBenchmark(peerCount, perPeer);
    long bytes = b.wires.stream().mapToLong(String::length).sum();
    System.out.printf(
        "%d peers x %d entries: %.1f MiB of feeds, signed in %.1f s; %d cores, max heap %d MiB%n",
        peerCount,
        perPeer,
        bytes / 1048576.0,
        (System.nanoTime() - setup) / 1e9,
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    new FederationMergeBenchmark(Math.min(peerCount, 5), perPeer).coldMerge(1); // JIT warm-up

    b.rounds = rounds;
    System.out.println("| phase | time (best of " + rounds + ") | entries/s | heap | ratio |");
    System.out.println("|---|---:|---:|---|---|");
    double baseline = b.time("parse only (baseline, no signatures)", b::parseOnly, 0);
    b.time("cold merge, 1 verifier thread", () -> b.coldMerge(1), baseline);
    b.time("cold merge, 2 verifier threads", () -> b.coldMerge(2), baseline);
    b.time("warm re-merge (cached verification)", () -> b.merge(b.warm, 1), baseline);
  }

  private int rounds = 1;
  private VerifiedCopies warm;

  private double time(String phase, Runnable work, double baseline) {
    System.gc();
    long before = usedHeap();
    double seconds = Double.MAX_VALUE;
    for (int r = 0; r < rounds; r++) {
      long start = System.nanoTime();
      work.run();
      seconds = Math.min(seconds, (System.nanoTime() - start) / 1e9);
    }
    long after = usedHeap();
    System.gc();
    long kept = usedHeap();
    System.out.printf(
        "| %s | %.2f s | %,.0f | %d MiB at end, %d MiB after GC (%d before) | %s |%n",
        phase,
        seconds,
        entries / seconds,
        after >> 20,
        kept >> 20,
        before >> 20,
        baseline == 0 ? "1 (baseline)" : String.format("%.1f x baseline time", seconds / baseline));
    return seconds;
  }

  private void parseOnly() {
    try {
      for (String wire : wires) {
        FeedIn.parse(FeedKind.DIRECTORY, wire, LIMITS);
      }
    } catch (FederationException e) {
      throw new IllegalStateException(e);
    }
  }

  private MergedView<GroupListing> retained;

  /** A merge that verifies everything, as after a restart; its cache serves the warm phase. */
  private void coldMerge(int threads) {
    warm = new VerifiedCopies();
    merge(warm, threads);
  }

  private void merge(VerifiedCopies copies, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<VerifiedCopies.Copy> list = new ArrayList<>();
      for (int i = 0; i < peers.size(); i++) {
        String wire = wires.get(i);
        list.add(new VerifiedCopies.Copy(peers.get(i), etag(i), NOW, () -> Optional.of(wire)));
      }
      List<PeerFeed<GroupListing>> feeds =
          copies.peerFeeds(
              FeedKind.DIRECTORY, list, origin -> Optional.empty(), LIMITS, NOW, pool, n -> {});
      MergePolicy policy =
          new MergePolicy(
              MergePolicy.DEFAULT.staleAfter(),
              MergePolicy.DEFAULT.maxAge(),
              Set.of(SELF),
              Set.of());
      retained = FeedMerger.merge(feeds, policy, NOW);
      if (retained.entries().size() != entries) {
        throw new IllegalStateException("merged " + retained.entries().size() + " of " + entries);
      }
    } finally {
      pool.shutdown();
    }
  }

  /** The ETag the store keeps beside each copy, by which cached verification is found. */
  private String etag(int peer) {
    return etags.get(peer);
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static GroupListing group(Origin origin, int i) {
    GroupDescriptor d =
        new GroupDescriptor(
            "Support circle " + i,
            "A small group meeting weekly to talk about what helps.",
            List.of("grief", "carers"),
            "en",
            Optional.of(i % 12),
            12,
            JoinPolicy.APPROVAL,
            Optional.empty());
    String id = "g" + i;
    return new GroupListing(
        new EntryId(id), origin, d, URI.create(origin.baseUrl() + "/groups/" + id), NOW);
  }
}
