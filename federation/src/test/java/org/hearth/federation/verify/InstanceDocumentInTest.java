package org.hearth.federation.verify;

import static org.hearth.federation.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.jose.DocumentSigner;
import org.hearth.federation.FederationException;
import org.hearth.federation.FederationException.Reason;
import org.hearth.federation.Fixtures;
import org.hearth.federation.InstanceDocument;
import org.hearth.federation.KnownPeer;
import org.hearth.federation.protocol.DocumentTypes;
import org.hearth.federation.protocol.InstanceDocumentCodec;
import org.hearth.federation.protocol.InstanceSigner;
import org.hearth.federation.protocol.InstanceWire;
import org.hearth.federation.protocol.Json;
import org.junit.jupiter.api.Test;

class InstanceDocumentInTest {
  static final Ed25519KeyPair OLD = Fixtures.key(1);
  static final Ed25519KeyPair NEW = Fixtures.key(2);
  static final Ed25519KeyPair NEWER = Fixtures.key(3);
  static final InstanceDocument DOC = Fixtures.document(OLD, "a", NOW);
  static final KnownPeer PINNED = KnownPeer.firstPin(DOC, NOW);

  static String wire(Ed25519KeyPair key, InstanceDocument doc, List<String> rotations) {
    return new InstanceSigner(key).instanceWire(doc, rotations).toJson();
  }

  @Test
  void aSelfSignedDocumentRoundTrips() throws FederationException {
    assertEquals(DOC, InstanceDocumentIn.parse(wire(OLD, DOC, List.of())).verifySelfSigned());
  }

  @Test
  void aDocumentWithLongFieldsRoundTrips() throws FederationException {
    InstanceDocument longDoc =
        new InstanceDocument(
            "n".repeat(InstanceDocument.MAX_NAME),
            "o".repeat(InstanceDocument.MAX_OPERATOR),
            "d".repeat(InstanceDocument.MAX_DESCRIPTION),
            DOC.baseUrl(),
            OLD.publicKey(),
            DOC.endpoints(),
            DOC.protocolVersion(),
            NOW);
    String rotation = new InstanceSigner(Fixtures.key(9)).signRotation(OLD.publicKey(), NOW);
    assertEquals(
        longDoc,
        InstanceDocumentIn.parse(wire(OLD, longDoc, List.of(rotation))).verifySelfSigned());
  }

  @Test
  void aDocumentSignedByAnotherKeyThanItCarriesIsRefused() {
    String forged =
        new InstanceWire(
                new DocumentSigner(NEW)
                    .sign(
                        DocumentTypes.INSTANCE, Json.canonical(InstanceDocumentCodec.encode(DOC))),
                List.of())
            .toJson();
    FederationException e =
        assertThrows(
            FederationException.class, () -> InstanceDocumentIn.parse(forged).verifySelfSigned());
    assertEquals(Reason.WRONG_KEY, e.reason());
  }

  @Test
  void aNewerDocumentUnderThePinnedKeyUpdatesTheRecord() throws FederationException {
    InstanceDocument newer = Fixtures.document(OLD, "a", NOW.plusSeconds(60));
    KnownPeer updated =
        InstanceDocumentIn.parse(wire(OLD, newer, List.of()))
            .verifyFor(PINNED, NOW.plusSeconds(60));
    assertEquals(newer, updated.document());
    assertEquals(PINNED.pinnedAt(), updated.pinnedAt());
  }

  @Test
  void anOlderDocumentUnderThePinnedKeyIsStale() {
    InstanceDocument older = Fixtures.document(OLD, "a", NOW.minusSeconds(60));
    FederationException e =
        assertThrows(
            FederationException.class,
            () -> InstanceDocumentIn.parse(wire(OLD, older, List.of())).verifyFor(PINNED, NOW));
    assertEquals(Reason.STALE, e.reason());
  }

  @Test
  void aRotationAnnouncedByThePinnedKeyIsAccepted() throws FederationException {
    String rotation = new InstanceSigner(OLD).signRotation(NEW.publicKey(), NOW);
    InstanceDocument rotated = Fixtures.document(NEW, "a", NOW.plusSeconds(10));
    KnownPeer updated =
        InstanceDocumentIn.parse(wire(NEW, rotated, List.of(rotation)))
            .verifyFor(PINNED, NOW.plusSeconds(10));
    assertEquals(NEW.publicKey(), updated.pinnedKey());
    assertEquals(PINNED.peerId(), updated.peerId());
    assertEquals(NOW.plusSeconds(10), updated.pinnedAt());
  }

  @Test
  void aChainOfRotationsIsFollowedFromThePinnedKey() throws FederationException {
    String first = new InstanceSigner(OLD).signRotation(NEW.publicKey(), NOW);
    String second = new InstanceSigner(NEW).signRotation(NEWER.publicKey(), NOW);
    InstanceDocument latest = Fixtures.document(NEWER, "a", NOW);
    KnownPeer fromOld =
        InstanceDocumentIn.parse(wire(NEWER, latest, List.of(first, second)))
            .verifyFor(PINNED, NOW);
    assertEquals(NEWER.publicKey(), fromOld.pinnedKey());
    KnownPeer pinnedAtNew = KnownPeer.firstPin(Fixtures.document(NEW, "a", NOW), NOW);
    KnownPeer fromNew =
        InstanceDocumentIn.parse(wire(NEWER, latest, List.of(first, second)))
            .verifyFor(pinnedAtNew, NOW);
    assertEquals(NEWER.publicKey(), fromNew.pinnedKey());
  }

  @Test
  void anUnannouncedKeyChangeIsRefused() {
    InstanceDocument rotated = Fixtures.document(NEW, "a", NOW);
    FederationException e =
        assertThrows(
            FederationException.class,
            () -> InstanceDocumentIn.parse(wire(NEW, rotated, List.of())).verifyFor(PINNED, NOW));
    assertEquals(Reason.UNANNOUNCED_KEY_CHANGE, e.reason());
  }

  @Test
  void aRotationSignedByTheNewKeyItselfIsNotAnAnnouncement() {
    String selfAnnounced = new InstanceSigner(NEW).signRotation(NEWER.publicKey(), NOW);
    InstanceDocument rotated = Fixtures.document(NEWER, "a", NOW);
    FederationException e =
        assertThrows(
            FederationException.class,
            () ->
                InstanceDocumentIn.parse(wire(NEWER, rotated, List.of(selfAnnounced)))
                    .verifyFor(PINNED, NOW));
    assertEquals(Reason.UNANNOUNCED_KEY_CHANGE, e.reason());
  }

  @Test
  void aForgedRotationClaimingThePinnedKeyIsRefused() {
    String real = new InstanceSigner(OLD).signRotation(NEWER.publicKey(), NOW);
    String other = new InstanceSigner(OLD).signRotation(NEW.publicKey(), NOW);
    String forged =
        other.substring(0, other.lastIndexOf('.')) + real.substring(real.lastIndexOf('.'));
    InstanceDocument rotated = Fixtures.document(NEW, "a", NOW);
    FederationException e =
        assertThrows(
            FederationException.class,
            () ->
                InstanceDocumentIn.parse(wire(NEW, rotated, List.of(forged)))
                    .verifyFor(PINNED, NOW));
    assertEquals(Reason.BAD_SIGNATURE, e.reason());
  }
}
