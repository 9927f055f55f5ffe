package org.hearth.federation.verify;

import static org.hearth.federation.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.jose.DocumentSigner;
import org.hearth.federation.FederationException;
import org.hearth.federation.FederationException.Reason;
import org.hearth.federation.FeedEntry;
import org.hearth.federation.FeedKind;
import org.hearth.federation.Fixtures;
import org.hearth.federation.GroupListing;
import org.hearth.federation.Origin;
import org.hearth.federation.Peer;
import org.hearth.federation.ResourceEntry;
import org.hearth.federation.protocol.Digests;
import org.hearth.federation.protocol.DocumentTypes;
import org.hearth.federation.protocol.EntryCodecs;
import org.hearth.federation.protocol.FeedManifest;
import org.hearth.federation.protocol.FeedWire;
import org.hearth.federation.protocol.InstanceSigner;
import org.hearth.federation.protocol.Json;
import org.hearth.federation.protocol.SignedEntry;
import org.hearth.federation.spi.OriginKeyResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FeedInTest {
  static final Ed25519KeyPair P = Fixtures.key(1);
  static final Ed25519KeyPair O = Fixtures.key(2);
  static final Origin P_ORIGIN = Fixtures.origin(P, "p");
  static final Origin O_ORIGIN = Fixtures.origin(O, "o");
  static final Peer PEER = Fixtures.activePeer(P, "p", true);
  static final OriginKeyResolver RESOLVER =
      origin -> origin.equals(O_ORIGIN) ? Optional.of(O.publicKey()) : Optional.empty();

  static SignedEntry own(Ed25519KeyPair key, FeedEntry entry, FeedKind<?> kind) {
    return new InstanceSigner(key).feeds().signEntry(kind, entry);
  }

  static SignedEntry group(Ed25519KeyPair key, Origin origin, String id) {
    return own(key, Fixtures.group(origin, id, NOW), FeedKind.DIRECTORY);
  }

  static FeedWire feed(Ed25519KeyPair publisher, long sequence, List<SignedEntry> entries) {
    return new InstanceSigner(publisher)
        .feeds()
        .signFeed(FeedKind.DIRECTORY, sequence, NOW, entries);
  }

  static VerifiedFeed<GroupListing> verify(FeedWire wire, Peer peer, OriginKeyResolver resolver)
      throws FederationException {
    return FeedIn.parse(FeedKind.DIRECTORY, wire.toJson(), FeedLimits.DEFAULT)
        .verify(peer, resolver, -1, NOW);
  }

  @Test
  void ownEntriesRoundTrip() throws FederationException {
    List<SignedEntry> entries =
        List.of(group(P, P_ORIGIN, "g1"), group(P, P_ORIGIN, "g2"), group(P, P_ORIGIN, "g3"));
    FeedWire wire = feed(P, 7, entries);
    VerifiedFeed<GroupListing> feed = verify(wire, PEER, RESOLVER);
    assertEquals(7, feed.sequence());
    assertEquals(wire.etag(), feed.etag());
    assertEquals(wire.toJson(), feed.wire());
    assertEquals(PEER.id(), feed.peerId());
    assertEquals(
        List.of("g1", "g2", "g3"),
        feed.entries().stream().map(e -> e.entry().id().value()).toList());
    assertEquals(Fixtures.group(P_ORIGIN, "g2", NOW), feed.entries().get(1).entry());
    assertEquals(entries.get(1), feed.entries().get(1).signed());
  }

  @Test
  void aFeedWhoseSignedPartsAreLongRoundTrips() throws FederationException {
    List<SignedEntry> entries = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      entries.add(group(P, P_ORIGIN, "g" + i));
    }
    assertEquals(60, verify(feed(P, 1, entries), PEER, RESOLVER).entries().size());
  }

  @Test
  void resourceFeedsRoundTrip() throws FederationException {
    ResourceEntry r = Fixtures.resource(P_ORIGIN, "r1", LocalDate.of(2027, 1, 1));
    FeedWire wire =
        new InstanceSigner(P)
            .feeds()
            .signFeed(FeedKind.RESOURCES, 1, NOW, List.of(own(P, r, FeedKind.RESOURCES)));
    VerifiedFeed<ResourceEntry> feed =
        FeedIn.parse(FeedKind.RESOURCES, wire.toJson(), FeedLimits.DEFAULT)
            .verify(PEER, RESOLVER, -1, NOW);
    assertEquals(List.of(r), feed.entries().stream().map(VerifiedEntry::entry).toList());
  }

  @Test
  void forwardedEntriesAreVerifiedUnderTheOriginsOwnKey() throws FederationException {
    FeedWire wire = feed(P, 1, List.of(group(P, P_ORIGIN, "g1"), group(O, O_ORIGIN, "o1")));
    VerifiedFeed<GroupListing> feed = verify(wire, PEER, RESOLVER);
    assertEquals(2, feed.entries().size());
    VerifiedEntry<GroupListing> forwarded = feed.entries().get(1);
    assertEquals(O_ORIGIN, forwarded.entry().origin());
    assertEquals(PEER.id(), forwarded.via());
  }

  @Test
  void forwardedEntriesAreSkippedUnlessTheAdminShowsPeersPeers() throws FederationException {
    FeedWire wire = feed(P, 1, List.of(group(P, P_ORIGIN, "g1"), group(O, O_ORIGIN, "o1")));
    VerifiedFeed<GroupListing> feed = verify(wire, PEER.withShowPeersPeers(false), RESOLVER);
    assertEquals(1, feed.entries().size());
    assertEquals(1, feed.skippedForeign());
  }

  @Test
  void forwardedEntriesWhoseOriginCannotBeResolvedAreSkipped() throws FederationException {
    FeedWire wire = feed(P, 1, List.of(group(O, O_ORIGIN, "o1")));
    VerifiedFeed<GroupListing> feed = verify(wire, PEER, origin -> Optional.empty());
    assertEquals(0, feed.entries().size());
    assertEquals(1, feed.skippedUnresolved());
  }

  /** A refusal case: the feed JSON, the peer it is read from, limits, last sequence, kind. */
  record Case(String json, Peer peer, FeedLimits limits, long lastSequence, FeedKind<?> kind) {
    Case(FeedWire wire) {
      this(wire.toJson(), PEER, FeedLimits.DEFAULT, -1, FeedKind.DIRECTORY);
    }
  }

  static Stream<Arguments> refusals() {
    SignedEntry g1 = group(P, P_ORIGIN, "g1");
    SignedEntry g2 = group(P, P_ORIGIN, "g2");
    FeedWire good = feed(P, 7, List.of(g1, g2));

    FeedWire tampered =
        new FeedWire(good.feed(), List.of(g1.compact(), g2.compact().replace('A', 'B')));
    FeedWire swapped = new FeedWire(good.feed(), List.of(g2.compact(), g1.compact()));
    String forgedCompact =
        g1.compact().substring(0, g1.compact().lastIndexOf('.'))
            + g2.compact().substring(g2.compact().lastIndexOf('.'));
    FeedWire forgedEntry = feed(P, 7, List.of(new SignedEntry(P_ORIGIN, g1.id(), forgedCompact)));
    FeedWire signedByPublisherListedAsO =
        feed(P, 7, List.of(new SignedEntry(O_ORIGIN, g1.id(), g1.compact())));
    String oSignsForP =
        new DocumentSigner(O)
            .sign(
                DocumentTypes.GROUP_ENTRY,
                Json.canonical(EntryCodecs.encode(Fixtures.group(P_ORIGIN, "x", NOW))));
    FeedWire namesAnotherOrigin =
        feed(P, 7, List.of(new SignedEntry(O_ORIGIN, g1.id(), oSignsForP)));
    Origin pElsewhere = new Origin(P_ORIGIN.thumbprint(), Fixtures.url("elsewhere"));
    FeedWire ownEntryElsewhere = feed(P, 7, List.of(group(P, pElsewhere, "e1")));
    FeedWire otherPublisher = feed(Fixtures.key(5), 7, List.of(g1));
    String feedSig = good.feed();
    FeedWire badFeedSig =
        new FeedWire(
            feedSig.substring(0, feedSig.lastIndexOf('.'))
                + forgedCompact.substring(forgedCompact.lastIndexOf('.')),
            good.entries());
    FeedWire missingEntry = new FeedWire(good.feed(), List.of(g1.compact()));
    FeedManifest dup =
        new FeedManifest(
            FeedKind.DIRECTORY,
            P.publicKey().thumbprint(),
            7,
            NOW,
            List.of(
                new FeedManifest.ManifestEntry(P_ORIGIN, g1.id(), Digests.sha256(g1.compact())),
                new FeedManifest.ManifestEntry(P_ORIGIN, g1.id(), Digests.sha256(g1.compact()))));
    FeedWire duplicate =
        new FeedWire(
            new DocumentSigner(P).sign(DocumentTypes.FEED, dup.toBytes()),
            List.of(g1.compact(), g1.compact()));
    FeedWire future =
        new InstanceSigner(P)
            .feeds()
            .signFeed(FeedKind.DIRECTORY, 7, NOW.plusSeconds(3600), List.of(g1));
    List<SignedEntry> many = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      many.add(group(P, P_ORIGIN, "m" + i));
    }
    FeedWire four = feed(P, 7, many);
    Case base = new Case(good);

    return Stream.of(
        Arguments.of("tampered entry", new Case(tampered), Reason.BAD_SIGNATURE),
        Arguments.of("entries reordered", new Case(swapped), Reason.BAD_SIGNATURE),
        Arguments.of("forged entry signature", new Case(forgedEntry), Reason.BAD_SIGNATURE),
        Arguments.of(
            "entry not signed by its origin",
            new Case(signedByPublisherListedAsO),
            Reason.WRONG_ORIGIN),
        Arguments.of(
            "entry naming another origin", new Case(namesAnotherOrigin), Reason.WRONG_ORIGIN),
        Arguments.of(
            "own entry with another home", new Case(ownEntryElsewhere), Reason.WRONG_ORIGIN),
        Arguments.of("feed signed by another key", new Case(otherPublisher), Reason.WRONG_KEY),
        Arguments.of("forged feed signature", new Case(badFeedSig), Reason.BAD_SIGNATURE),
        Arguments.of("entry missing", new Case(missingEntry), Reason.MALFORMED),
        Arguments.of("entry listed twice", new Case(duplicate), Reason.MALFORMED),
        Arguments.of("feed from the future", new Case(future), Reason.STALE),
        Arguments.of(
            "suspended peer",
            new Case(base.json(), PEER.suspend(NOW), FeedLimits.DEFAULT, -1, FeedKind.DIRECTORY),
            Reason.NOT_A_PEER),
        Arguments.of(
            "pending peer",
            new Case(
                base.json(),
                Peer.outgoing(PEER.known(), NOW),
                FeedLimits.DEFAULT,
                -1,
                FeedKind.DIRECTORY),
            Reason.NOT_A_PEER),
        Arguments.of(
            "rolled back",
            new Case(base.json(), PEER, FeedLimits.DEFAULT, 8, FeedKind.DIRECTORY),
            Reason.STALE),
        Arguments.of(
            "directory read as resources",
            new Case(base.json(), PEER, FeedLimits.DEFAULT, -1, FeedKind.RESOURCES),
            Reason.UNSUPPORTED),
        Arguments.of(
            "over the byte limit",
            new Case(base.json(), PEER, new FeedLimits(1000, 100, 16_000), -1, FeedKind.DIRECTORY),
            Reason.TOO_LARGE),
        Arguments.of(
            "over the entry limit",
            new Case(
                four.toJson(), PEER, new FeedLimits(1 << 20, 3, 16_000), -1, FeedKind.DIRECTORY),
            Reason.TOO_LARGE),
        Arguments.of(
            "entry over its limit",
            new Case(base.json(), PEER, new FeedLimits(1 << 20, 100, 200), -1, FeedKind.DIRECTORY),
            Reason.TOO_LARGE),
        Arguments.of("not JSON", withJson(base, "feed"), Reason.MALFORMED),
        Arguments.of("a JSON array", withJson(base, "[]"), Reason.MALFORMED),
        Arguments.of(
            "feed not a string", withJson(base, "{\"feed\":1,\"entries\":[]}"), Reason.MALFORMED),
        Arguments.of(
            "unknown member",
            withJson(base, "{\"feed\":\"a.b.c\",\"entries\":[],\"x\":1}"),
            Reason.MALFORMED),
        Arguments.of(
            "feed not a JWS",
            withJson(base, "{\"feed\":\"abc\",\"entries\":[]}"),
            Reason.MALFORMED),
        Arguments.of(
            "entry not a JWS",
            withJson(base, new FeedWire(good.feed(), List.of("x.y", g2.compact())).toJson()),
            Reason.MALFORMED));
  }

  private static Case withJson(Case base, String json) {
    return new Case(json, base.peer(), base.limits(), base.lastSequence(), base.kind());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void refusedWholeWithAClearReason(String name, Case c, Reason expected) {
    FederationException e =
        assertThrows(
            FederationException.class,
            () ->
                FeedIn.parse(c.kind(), c.json(), c.limits())
                    .verify(c.peer(), RESOLVER, c.lastSequence(), NOW));
    assertEquals(expected, e.reason(), e.getMessage());
  }

  @Test
  void anEmptyFeedIsValid() throws FederationException {
    assertEquals(List.of(), verify(feed(P, 0, List.of()), PEER, RESOLVER).entries());
  }
}
