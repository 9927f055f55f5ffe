package org.hearth.server.federation;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.logging.Logger;
import org.hearth.federation.FeedKind;
import org.hearth.federation.Peer;
import org.hearth.federation.protocol.PeeringNotice;

/**
 * Tells peers what changed here: change notices after a feed changed (in the background, to every
 * active peer) and peering notices after the admin decided (at once, so the admin sees whether the
 * peer was told).
 */
@ApplicationScoped
public class PeerNotifier {
  /** Media type of a change notice posted to an inbox: the compact JWS. */
  public static final String CHANGE_NOTICE = "application/hearth-change-notice+jws";

  /** Media type of a peering notice posted to an inbox: the compact JWS. */
  public static final String PEERING_NOTICE = "application/hearth-peering-notice+jws";

  private static final Logger LOG = Logger.getLogger(PeerNotifier.class.getName());

  @Inject LocalInstance local;
  @Inject JpaPeerStore peers;
  @Inject PeerClient client;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  Clock clock = Clock.systemUTC();

  /** Sends every active peer a change notice for {@code kind} at {@code sequence}. */
  public void changed(FeedKind<?> kind, long sequence) {
    for (Peer peer : peers.all()) {
      if (!peer.isActive()) {
        continue;
      }
      executor.execute(
          () -> {
            String notice =
                local
                    .signer()
                    .signChangeNotice(
                        peer.known().pinnedThumbprint(), kind, sequence, clock.instant());
            try {
              int status =
                  client.postToInbox(
                      peer.known(), CHANGE_NOTICE, notice.getBytes(StandardCharsets.US_ASCII));
              if (status != 202) {
                LOG.fine(() -> "A change notice was answered " + status);
              }
            } catch (IOException e) {
              LOG.fine("A peer could not be told of a feed change; it will poll");
            }
          });
    }
  }

  /**
   * Tells {@code peer} what this instance's admin decided.
   *
   * @return whether the peer took the notice
   */
  public boolean tell(Peer peer, PeeringNotice.Action action) {
    String notice =
        local.signer().signPeeringNotice(peer.known().pinnedThumbprint(), action, clock.instant());
    try {
      int status =
          client.postToInbox(
              peer.known(), PEERING_NOTICE, notice.getBytes(StandardCharsets.US_ASCII));
      return status == 202;
    } catch (IOException e) {
      return false;
    }
  }
}
