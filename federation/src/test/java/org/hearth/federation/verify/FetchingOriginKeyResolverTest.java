package org.hearth.federation.verify;

import static org.hearth.federation.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.federation.Fixtures;
import org.hearth.federation.Origin;
import org.hearth.federation.protocol.InstanceSigner;
import org.hearth.federation.spi.InstanceDocumentFetcher;
import org.junit.jupiter.api.Test;

class FetchingOriginKeyResolverTest {
  static final Ed25519KeyPair O = Fixtures.key(2);
  static final String O_WIRE =
      new InstanceSigner(O).instanceWire(Fixtures.document(O, "o", NOW), List.of()).toJson();

  static FetchingOriginKeyResolver resolver(InstanceDocumentFetcher fetcher) {
    return new FetchingOriginKeyResolver(
        fetcher, Fixtures.clockAt(NOW), Duration.ofHours(1), Duration.ofMinutes(5));
  }

  @Test
  void theOriginsOwnDocumentSuppliesItsKeyOnce() {
    AtomicInteger fetches = new AtomicInteger();
    FetchingOriginKeyResolver r =
        resolver(
            url -> {
              fetches.incrementAndGet();
              return O_WIRE;
            });
    Origin origin = Fixtures.origin(O, "o");
    assertEquals(Optional.of(O.publicKey()), r.keyOf(origin));
    assertEquals(Optional.of(O.publicKey()), r.keyOf(origin));
    assertEquals(1, fetches.get());
  }

  @Test
  void aDocumentOfAnotherKeyOrAnotherAddressGivesNoKey() {
    FetchingOriginKeyResolver r = resolver(url -> O_WIRE);
    assertEquals(Optional.empty(), r.keyOf(Fixtures.origin(Fixtures.key(3), "o")));
    assertEquals(Optional.empty(), r.keyOf(Fixtures.origin(O, "elsewhere")));
  }

  @Test
  void anUnreachableOrBrokenOriginGivesNoKey() {
    assertEquals(
        Optional.empty(),
        resolver(
                url -> {
                  throw new IOException("down");
                })
            .keyOf(Fixtures.origin(O, "o")));
    assertEquals(Optional.empty(), resolver(url -> "{}").keyOf(Fixtures.origin(O, "o")));
  }
}
