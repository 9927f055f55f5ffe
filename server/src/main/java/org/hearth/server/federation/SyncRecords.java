package org.hearth.server.federation;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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

  /** One feed's record. */
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
    static final FeedRecord NONE =
        new FeedRecord(false, 0, null, null, null, null, null, null, 0, 0, 0);
  }

  private final Map<String, FeedRecord> records = new ConcurrentHashMap<>();

  public Optional<FeedRecord> get(KeyThumbprint peerId, FeedKind<?> kind) {
    return Optional.ofNullable(records.get(key(peerId, kind)));
  }

  void started(KeyThumbprint peerId, FeedKind<?> kind, Instant at) {
    update(
        peerId,
        kind,
        r ->
            new FeedRecord(
                true,
                0,
                at,
                r.lastOutcome(),
                r.lastProblem(),
                r.lastDetail(),
                r.lastSuccessAt(),
                r.lastNoticeAt(),
                r.entries(),
                r.skippedForeign(),
                r.skippedUnresolved()));
  }

  void verifying(KeyThumbprint peerId, FeedKind<?> kind, int entries) {
    update(
        peerId,
        kind,
        r ->
            new FeedRecord(
                true,
                entries,
                r.lastAttemptAt(),
                r.lastOutcome(),
                r.lastProblem(),
                r.lastDetail(),
                r.lastSuccessAt(),
                r.lastNoticeAt(),
                r.entries(),
                r.skippedForeign(),
                r.skippedUnresolved()));
  }

  void counted(KeyThumbprint peerId, FeedKind<?> kind, int entries, int foreign, int unresolved) {
    update(
        peerId,
        kind,
        r ->
            new FeedRecord(
                r.running(),
                r.verifying(),
                r.lastAttemptAt(),
                r.lastOutcome(),
                r.lastProblem(),
                r.lastDetail(),
                r.lastSuccessAt(),
                r.lastNoticeAt(),
                entries,
                foreign,
                unresolved));
  }

  void noticed(KeyThumbprint peerId, FeedKind<?> kind, Instant at) {
    update(
        peerId,
        kind,
        r ->
            new FeedRecord(
                r.running(),
                r.verifying(),
                r.lastAttemptAt(),
                r.lastOutcome(),
                r.lastProblem(),
                r.lastDetail(),
                r.lastSuccessAt(),
                at,
                r.entries(),
                r.skippedForeign(),
                r.skippedUnresolved()));
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
    String detail = refusal == null ? null : refusal.getMessage();
    FeedRecord before = get(peerId, kind).orElse(FeedRecord.NONE);
    boolean success = outcome == Outcome.UPDATED || outcome == Outcome.NOT_MODIFIED;
    update(
        peerId,
        kind,
        r ->
            new FeedRecord(
                false,
                0,
                r.lastAttemptAt(),
                outcome,
                problem,
                detail,
                success ? at : r.lastSuccessAt(),
                r.lastNoticeAt(),
                r.entries(),
                r.skippedForeign(),
                r.skippedUnresolved()));
    return refusal != null
        && (before.lastOutcome() != outcome || !problem.equals(before.lastProblem()));
  }

  /**
   * Records a pull that could not reach the peer.
   *
   * @return whether the peer was reachable before (worth an event)
   */
  boolean unreachable(KeyThumbprint peerId, FeedKind<?> kind, String detail, Instant at) {
    FeedRecord before = get(peerId, kind).orElse(FeedRecord.NONE);
    update(
        peerId,
        kind,
        r ->
            new FeedRecord(
                false,
                0,
                r.lastAttemptAt(),
                Outcome.UNREACHABLE,
                "urn:hearth:problem:peer-unreachable",
                detail,
                r.lastSuccessAt(),
                r.lastNoticeAt(),
                r.entries(),
                r.skippedForeign(),
                r.skippedUnresolved()));
    return before.lastOutcome() != Outcome.UNREACHABLE;
  }

  void forget(KeyThumbprint peerId) {
    records.keySet().removeIf(k -> k.startsWith(peerId.value() + ":"));
  }

  private void update(
      KeyThumbprint peerId, FeedKind<?> kind, java.util.function.UnaryOperator<FeedRecord> f) {
    records.compute(key(peerId, kind), (k, r) -> f.apply(r == null ? FeedRecord.NONE : r));
  }

  private static String key(KeyThumbprint peerId, FeedKind<?> kind) {
    return peerId.value() + ":" + kind.wireName();
  }
}
