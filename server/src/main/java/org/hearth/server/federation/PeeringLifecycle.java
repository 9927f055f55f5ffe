package org.hearth.server.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hearth.federation.Peer;

/**
 * What follows a peering's change of state, whoever made it: a newly active peer is pulled at once;
 * a removed one's cached feeds are dropped; every change is merged again.
 */
@ApplicationScoped
public class PeeringLifecycle {
  @Inject FeedSync sync;
  @Inject MergedFeeds merged;
  @Inject JpaFeedStore feeds;
  @Inject SyncRecords records;

  void activated(Peer peer) {
    sync.reset(peer.id());
    merged.invalidate();
  }

  void removed(Peer peer) {
    feeds.forget(peer.id());
    merged.forget(peer.id());
    sync.reset(peer.id());
    records.forget(peer.id());
  }

  void changed() {
    merged.invalidate();
  }
}
