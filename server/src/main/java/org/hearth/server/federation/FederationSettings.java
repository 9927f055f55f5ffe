package org.hearth.server.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hearth.federation.merge.MergePolicy;
import org.hearth.federation.sync.SyncPolicy;
import org.hearth.federation.verify.FeedLimits;

/**
 * Federation's deployment choices, each a Liberty variable in {@code server.xml} with a safe
 * default and overridden by the environment variable of the same name. Durations are ISO 8601
 * ({@code PT15M}).
 */
@ApplicationScoped
public class FederationSettings {
  @Inject
  @ConfigProperty(name = "hearth.federation.allow.loopback.http", defaultValue = "false")
  boolean allowLoopbackHttp;

  @Inject
  @ConfigProperty(name = "hearth.instance.operator")
  Optional<String> operator;

  @Inject
  @ConfigProperty(name = "hearth.federation.tick", defaultValue = "PT2S")
  String tick;

  @Inject
  @ConfigProperty(name = "hearth.federation.poll.interval", defaultValue = "PT15M")
  String pollInterval;

  @Inject
  @ConfigProperty(name = "hearth.federation.backoff.first", defaultValue = "PT30S")
  String firstBackoff;

  @Inject
  @ConfigProperty(name = "hearth.federation.backoff.max", defaultValue = "PT6H")
  String maxBackoff;

  @Inject
  @ConfigProperty(name = "hearth.federation.notice.delay", defaultValue = "PT5S")
  String noticeDelay;

  @Inject
  @ConfigProperty(name = "hearth.federation.notice.gap", defaultValue = "PT10S")
  String noticeGap;

  @Inject
  @ConfigProperty(name = "hearth.federation.stale.after", defaultValue = "PT6H")
  String staleAfter;

  @Inject
  @ConfigProperty(name = "hearth.federation.hide.after", defaultValue = "P7D")
  String hideAfter;

  @Inject
  @ConfigProperty(name = "hearth.federation.document.refresh", defaultValue = "PT1H")
  String documentRefresh;

  @Inject
  @ConfigProperty(name = "hearth.federation.events.keep", defaultValue = "P90D")
  String eventsKeep;

  @Inject
  @ConfigProperty(name = "hearth.federation.feed.max.bytes", defaultValue = "8388608")
  int feedMaxBytes;

  @Inject
  @ConfigProperty(name = "hearth.federation.peering.requests.per.minute", defaultValue = "6")
  double peeringRequestsPerMinute;

  @Inject
  @ConfigProperty(name = "hearth.federation.pending.max", defaultValue = "50")
  int maxPending;

  @Inject
  @ConfigProperty(name = "hearth.federation.http.timeout", defaultValue = "PT10S")
  String httpTimeout;

  /** Whether peers may be reached over plain HTTP on a loopback address (tests, development). */
  public boolean allowLoopbackHttp() {
    return allowLoopbackHttp;
  }

  /** Who runs this instance, as its instance document says; empty means the instance name. */
  public String operator() {
    return operator.map(String::strip).orElse("");
  }

  /** How often the scheduler looks for due pulls and changed feeds. */
  public Duration tick() {
    return Duration.parse(tick);
  }

  public SyncPolicy syncPolicy() {
    return new SyncPolicy(
        Duration.parse(pollInterval),
        Duration.parse(firstBackoff),
        Duration.parse(maxBackoff),
        Duration.parse(noticeDelay),
        Duration.parse(noticeGap));
  }

  /** After how long without contact a peer's entries show as stale, and when they are hidden. */
  public MergePolicy mergePolicy() {
    return new MergePolicy(
        Duration.parse(staleAfter),
        Duration.parse(hideAfter),
        java.util.Set.of(),
        java.util.Set.of());
  }

  /** How often a peer's instance document is fetched again to follow key rotations. */
  public Duration documentRefresh() {
    return Duration.parse(documentRefresh);
  }

  /** How long the record of peering events is kept. */
  public Duration eventsKeep() {
    return Duration.parse(eventsKeep);
  }

  /** Bounds on a feed read from a peer. */
  public FeedLimits feedLimits() {
    FeedLimits defaults = FeedLimits.DEFAULT;
    return new FeedLimits(
        Math.min(feedMaxBytes, defaults.maxChars()),
        defaults.maxEntries(),
        defaults.maxEntryChars());
  }

  /** Peering requests one connecting address may send a minute (bursts of twice that). */
  public double peeringRequestsPerMinute() {
    return peeringRequestsPerMinute;
  }

  /** Most peering requests waiting for the admin at once; more are refused. */
  public int maxPending() {
    return maxPending;
  }

  /** Connect and response timeout of calls to other instances. */
  public Duration httpTimeout() {
    return Duration.parse(httpTimeout);
  }
}
