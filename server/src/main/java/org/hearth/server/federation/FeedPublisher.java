package org.hearth.server.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hearth.federation.EntryKey;
import org.hearth.federation.FeedKind;
import org.hearth.federation.Origin;
import org.hearth.federation.protocol.Digests;
import org.hearth.federation.protocol.FeedSigner;
import org.hearth.federation.protocol.FeedWire;
import org.hearth.federation.protocol.SignedEntry;
import org.hearth.federation.verify.FeedLimits;
import org.hearth.server.groups.DirectoryChanged;
import org.hearth.server.groups.GroupService;
import org.hearth.server.resourcelist.ResourceListChanged;
import org.hearth.server.resourcelist.ResourceListService;

/**
 * Publishes this instance's feeds: its own listed groups and complete resources, each signed by
 * this instance, then the entries its active peers publish as their own (forwarded byte for byte,
 * for peers that show their peers' entries). A feed is signed again, with the next sequence number,
 * only when what it lists changed; then every active peer gets a change notice.
 */
@ApplicationScoped
public class FeedPublisher {
  private static final Logger LOG = Logger.getLogger(FeedPublisher.class.getName());

  @Inject LocalInstance local;
  @Inject GroupService groups;
  @Inject ResourceListService resources;
  @Inject MergedFeeds merged;
  @Inject PublishedFeeds published;
  @Inject PeerNotifier notifier;

  Clock clock = Clock.systemUTC();

  /** The feed of {@code kind} as it should be served now, published anew if it changed. */
  public PublishedFeeds.Published current(FeedKind<?> kind) {
    Origin self = new Origin(local.thumbprint(), local.requireBaseUrl());
    List<SignedEntry> entries = entries(kind, self);
    StringBuilder content = new StringBuilder();
    entries.forEach(e -> content.append(e.compact()).append('\n'));
    String digest = Digests.sha256(content.toString());
    FeedSigner signer = local.signer().feeds();
    PublishedFeeds.Result result =
        published.publish(
            kind,
            digest,
            sequence -> {
              Instant now = clock.instant();
              FeedWire wire = signer.signFeed(kind, sequence, now, entries);
              return new PublishedFeeds.Draft(sequence, wire.toJson(), wire.etag(), now);
            });
    if (result.changed()) {
      notifier.changed(kind, result.feed().sequence());
    }
    return result.feed();
  }

  /** Publishes both feeds if they changed; quiet when federation is off. */
  public void refresh() {
    if (local.baseUrl().isEmpty()) {
      return;
    }
    for (FeedKind<?> kind : List.of(FeedKind.DIRECTORY, FeedKind.RESOURCES)) {
      try {
        current(kind);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not publish the " + kind + " feed", e);
      }
    }
  }

  void onResources(@Observes ResourceListChanged event) {
    refreshQuietly(FeedKind.RESOURCES);
  }

  void onDirectory(@Observes DirectoryChanged event) {
    refreshQuietly(FeedKind.DIRECTORY);
  }

  private void refreshQuietly(FeedKind<?> kind) {
    if (local.baseUrl().isEmpty()) {
      return;
    }
    try {
      current(kind);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not publish the " + kind + " feed", e);
    }
  }

  private List<SignedEntry> entries(FeedKind<?> kind, Origin self) {
    FeedSigner signer = local.signer().feeds();
    List<SignedEntry> out = new ArrayList<>();
    if (kind == FeedKind.DIRECTORY) {
      groups.ownListed().stream()
          .flatMap(g -> OwnEntries.listing(self, g).stream())
          .forEach(l -> out.add(signer.signEntry(FeedKind.DIRECTORY, l)));
    } else {
      resources.managed().stream()
          .flatMap(r -> OwnEntries.resource(self, r).stream())
          .forEach(r -> out.add(signer.signEntry(FeedKind.RESOURCES, r)));
    }
    Set<EntryKey> seen = new HashSet<>();
    out.forEach(e -> seen.add(e.key()));
    int max = FeedLimits.DEFAULT.maxEntries();
    for (SignedEntry forwarded : merged.forwardable(kind)) {
      if (out.size() >= max) {
        break;
      }
      if (seen.add(forwarded.key())) {
        out.add(forwarded);
      }
    }
    return out.size() > max ? out.subList(0, max) : out;
  }
}
