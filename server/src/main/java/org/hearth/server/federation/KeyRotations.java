package org.hearth.server.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.hearth.crypto.Fingerprint;
import org.hearth.server.instance.KeyRotation;

/**
 * Rotating this instance's key: the new key is announced in a statement signed by the old one, the
 * chain is served with the instance document, and both feeds are signed again at once, so peers
 * that follow the chain pull them under the new key.
 */
@ApplicationScoped
public class KeyRotations {
  @Inject LocalInstance local;
  @Inject FeedPublisher publisher;
  @Inject MergedFeeds merged;

  Clock clock = Clock.systemUTC();

  /**
   * One rotation as the admin sees it.
   *
   * @param rotatedOn the day, ISO-8601
   */
  public record RotationView(
      int index,
      String oldThumbprint,
      String oldFingerprint,
      String newThumbprint,
      String newFingerprint,
      String rotatedOn) {}

  /** The rotations, oldest first. */
  public List<RotationView> list() {
    return local.rotations().stream().map(KeyRotations::view).toList();
  }

  /**
   * Rotates to a new key and publishes the feeds under it.
   *
   * @throws org.hearth.server.api.ApiException 409 {@code conflict} if the chain is full or another
   *     node rotated meanwhile
   */
  public RotationView rotate() {
    KeyRotation done = local.rotate(clock.instant());
    merged.invalidate();
    publisher.refresh();
    return view(done);
  }

  private static RotationView view(KeyRotation r) {
    return new RotationView(
        r.index(),
        r.old().value(),
        Fingerprint.of(r.old()).value(),
        r.next().value(),
        Fingerprint.of(r.next()).value(),
        r.rotatedOn().toString());
  }
}
