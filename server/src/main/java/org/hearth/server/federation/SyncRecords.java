package org.hearth.server.federation;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.federation.FederationException;
import org.hearth.federation.FeedKind;

/**
 * What the last pulls of each peer's feeds did, for the admin's sync status, kept in memory on this
 * node: when, with what outcome and refusal, how many entries, and whether a pull is running now
 * (with the entries it is verifying, for long syncs).
 */
@ApplicationScoped
public class SyncRecords {
  /** How a pull ended. */
  public enum Outcome {
    UPDATED,
    NOT_MODIFIED,
    REFUSED,
    UNREACHABLE,
    SKIPPED
  }

  /** One feed's record at one moment. */
  public record FeedRecord(
      boolean running,
      int verifying,
      Instant lastAttemptAt,
      Outcome lastOutcome,
      String lastProblem,
      String lastDetail,
      Instant lastSuccessAt,
      Instant lastNoticeAt,
      int entries,
      int skippedForeign,
      int skippedUnresolved) {
    static final FeedRecord NONE = new Entry().snapshot();
  }

  /** The changing record of one feed; guarded by its own lock. */
  private static final class Entry {
    boolean running;
    int verifying;
    Instant lastAttemptAt;
    Outcome lastOutcome;
    String lastProblem;
    String lastDetail;
    Instant lastSuccessAt;
    Instant lastNoticeAt;
    int entries;
    int skippedForeign;
    int skippedUnresolved;

    FeedRecord snapshot() {
      return new FeedRecord(
          running,
          verifying,
          lastAttemptAt,
          lastOutcome,
          lastProblem,
          lastDetail,
          lastSuccessAt,
          lastNoticeAt,
          entries,
          skippedForeign,
          skippedUnresolved);
    }
  }

  private final Map<String, Entry> records = new ConcurrentHashMap<>();

  public Optional<FeedRecord> get(KeyThumbprint peerId, FeedKind<?> kind) {
    Entry e = records.get(key(peerId, kind));
    if (e == null) {
      return Optional.empty();
    }
    synchronized (e) {
      return Optional.of(e.snapshot());
    }
  }

  void started(KeyThumbprint peerId, FeedKind<?> kind, Instant at) {
    update(
        peerId,
        kind,
        e -> {
          e.running = true;
          e.verifying = 0;
          e.lastAttemptAt = at;
        });
  }

  void verifying(KeyThumbprint peerId, FeedKind<?> kind, int entries) {
    update(peerId, kind, e -> e.verifying = entries);
  }

  void counted(KeyThumbprint peerId, FeedKind<?> kind, int entries, int foreign, int unresolved) {
    update(
        peerId,
        kind,
        e -> {
          e.entries = entries;
          e.skippedForeign = foreign;
          e.skippedUnresolved = unresolved;
        });
  }

  void noticed(KeyThumbprint peerId, FeedKind<?> kind, Instant at) {
    update(peerId, kind, e -> e.lastNoticeAt = at);
  }

  /**
   * Records how a pull ended.
   *
   * @return whether this refusal differs from the last outcome (worth an event)
   */
  boolean finished(
      KeyThumbprint peerId,
      FeedKind<?> kind,
      Outcome outcome,
      FederationException refusal,
      Instant at) {
    String problem = refusal == null ? null : FederationProblems.type(refusal.reason()).uri();
    return end(peerId, kind, outcome, problem, refusal == null ? null : refusal.getMessage(), at)
        && refusal != null;
  }

  /**
   * Records a pull that could not reach the peer.
   *
   * @return whether the peer was reachable before (worth an event)
   */
  boolean unreachable(KeyThumbprint peerId, FeedKind<?> kind, String detail, Instant at) {
    return end(
        peerId, kind, Outcome.UNREACHABLE, "urn:hearth:problem:peer-unreachable", detail, at);
  }

  void forget(KeyThumbprint peerId) {
    records.keySet().removeIf(k -> k.startsWith(peerId.value() + ":"));
  }

  /** Ends a pull; true if its outcome or problem differs from the last one. */
  private boolean end(
      KeyThumbprint peerId,
      FeedKind<?> kind,
      Outcome outcome,
      String problem,
      String detail,
      Instant at) {
    boolean[] differs = {false};
    update(
        peerId,
        kind,
        e -> {
          differs[0] =
              e.lastOutcome != outcome || !java.util.Objects.equals(problem, e.lastProblem);
          e.running = false;
          e.verifying = 0;
          e.lastOutcome = outcome;
          e.lastProblem = problem;
          e.lastDetail = detail;
          if (outcome == Outcome.UPDATED || outcome == Outcome.NOT_MODIFIED) {
            e.lastSuccessAt = at;
          }
        });
    return differs[0];
  }

  private void update(KeyThumbprint peerId, FeedKind<?> kind, Consumer<Entry> change) {
    Entry e = records.computeIfAbsent(key(peerId, kind), k -> new Entry());
    synchronized (e) {
      change.accept(e);
    }
  }

  private static String key(KeyThumbprint peerId, FeedKind<?> kind) {
    return peerId.value() + ":" + kind.wireName();
  }
}
