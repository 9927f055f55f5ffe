package org.hearth.federation.verify;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hearth.crypto.Ed25519PublicKey;
import org.hearth.federation.FederationException;
import org.hearth.federation.InstanceDocument;
import org.hearth.federation.Origin;
import org.hearth.federation.spi.InstanceDocumentFetcher;
import org.hearth.federation.spi.OriginKeyResolver;

/**
 * Finds an origin's key by fetching the origin's own instance document from its base URL and
 * checking that it is self-signed, by the key with the origin's thumbprint, for that base URL. Keys
 * found (and failures) are remembered for a while so that one origin forwarded by many peers is
 * fetched once.
 *
 * <p>Thread-safe if the fetcher is.
 */
public final class FetchingOriginKeyResolver implements OriginKeyResolver {
  private record Cached(Optional<Ed25519PublicKey> key, Instant until) {}

  private final InstanceDocumentFetcher fetcher;
  private final Clock clock;
  private final Duration keep;
  private final Duration keepFailure;
  private final Map<Origin, Cached> cache = new ConcurrentHashMap<>();

  /**
   * @param keep how long a found key is trusted without fetching again
   * @param keepFailure how long a failure is remembered before trying again
   */
  public FetchingOriginKeyResolver(
      InstanceDocumentFetcher fetcher, Clock clock, Duration keep, Duration keepFailure) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.keep = Objects.requireNonNull(keep, "keep");
    this.keepFailure = Objects.requireNonNull(keepFailure, "keepFailure");
  }

  @Override
  public Optional<Ed25519PublicKey> keyOf(Origin origin) {
    Instant now = clock.instant();
    Cached cached = cache.get(origin);
    if (cached != null && now.isBefore(cached.until())) {
      return cached.key();
    }
    Optional<Ed25519PublicKey> key = fetch(origin);
    cache.put(origin, new Cached(key, now.plus(key.isPresent() ? keep : keepFailure)));
    return key;
  }

  private Optional<Ed25519PublicKey> fetch(Origin origin) {
    try {
      InstanceDocument doc =
          InstanceDocumentIn.parse(fetcher.fetch(origin.baseUrl())).verifySelfSigned();
      boolean matches =
          doc.thumbprint().equals(origin.thumbprint()) && doc.baseUrl().equals(origin.baseUrl());
      return matches ? Optional.of(doc.publicKey()) : Optional.empty();
    } catch (IOException | FederationException e) {
      return Optional.empty();
    }
  }
}
