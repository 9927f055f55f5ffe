package org.hearth.federation.protocol;

import static org.hearth.federation.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.federation.FeedKind;
import org.hearth.federation.Fixtures;
import org.hearth.federation.GroupListing;
import org.hearth.federation.Origin;
import org.junit.jupiter.api.Test;

class InstanceSignerTest {
  static final Ed25519KeyPair A = Fixtures.key(1);
  static final Origin A_ORIGIN = Fixtures.origin(A, "a");
  static final InstanceSigner SIGNER = new InstanceSigner(A);

  @Test
  void anInstanceSignsOnlyItsOwnDocumentAndEntries() {
    assertThrows(
        IllegalArgumentException.class,
        () -> SIGNER.signInstanceDocument(Fixtures.document(Fixtures.key(2), "b", NOW)));
    GroupListing foreign = Fixtures.group(Fixtures.origin(Fixtures.key(2), "b"), "g", NOW);
    assertThrows(
        IllegalArgumentException.class,
        () -> SIGNER.feeds().signEntry(FeedKind.DIRECTORY, foreign));
  }

  @Test
  void entriesGoOnlyIntoTheirKindOfFeedAndOnlyOnce() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            SIGNER
                .feeds()
                .signEntry(
                    FeedKind.DIRECTORY,
                    Fixtures.resource(A_ORIGIN, "r", LocalDate.of(2027, 1, 1))));
    SignedEntry g =
        SIGNER.feeds().signEntry(FeedKind.DIRECTORY, Fixtures.group(A_ORIGIN, "g", NOW));
    assertThrows(
        IllegalArgumentException.class,
        () -> SIGNER.feeds().signFeed(FeedKind.DIRECTORY, 1, NOW, List.of(g, g)));
  }

  @Test
  void theEtagFollowsTheFeedSignature() {
    SignedEntry g =
        SIGNER.feeds().signEntry(FeedKind.DIRECTORY, Fixtures.group(A_ORIGIN, "g", NOW));
    FeedWire one = SIGNER.feeds().signFeed(FeedKind.DIRECTORY, 1, NOW, List.of(g));
    FeedWire same = new FeedWire(one.feed(), one.entries());
    FeedWire two = SIGNER.feeds().signFeed(FeedKind.DIRECTORY, 2, NOW, List.of(g));
    assertEquals(one.etag(), same.etag());
    assertNotEquals(one.etag(), two.etag());
    assertEquals(29, one.etag().length());
  }

  @Test
  void requestHeadersCoverTheBodyDigest() throws Exception {
    byte[] body = {1, 2, 3};
    String header =
        SIGNER.signRequest("POST", "/x", body, Fixtures.key(2).publicKey().thumbprint(), NOW);
    RequestClaims claims =
        Json.read(
            java.util.Base64.getUrlDecoder().decode(header.split("\\.")[1]),
            4096,
            RequestClaims::from);
    assertEquals(Digests.sha256(body), claims.bodyDigest());
    assertEquals(3, claims.bodyLength());
    assertEquals(A.publicKey().thumbprint(), claims.sender());
  }
}
