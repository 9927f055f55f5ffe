package org.hearth.federation.protocol;

import static org.hearth.federation.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.hearth.federation.Contact;
import org.hearth.federation.FederationException;
import org.hearth.federation.FeedEntry;
import org.hearth.federation.FeedKind;
import org.hearth.federation.Fixtures;
import org.hearth.federation.GroupDescriptor;
import org.hearth.federation.GroupListing;
import org.hearth.federation.InstanceDocument;
import org.hearth.federation.JoinPolicy;
import org.hearth.federation.Origin;
import org.hearth.federation.ResourceEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EntryCodecsTest {
  private static final Origin ORIGIN = Fixtures.origin(Fixtures.key(1), "a");

  static Stream<Arguments> entries() {
    GroupListing full = Fixtures.group(ORIGIN, "g1", NOW);
    GroupListing minimal =
        new GroupListing(
            full.id(),
            ORIGIN,
            new GroupDescriptor(
                "Open",
                "d",
                List.of(),
                "pt-BR",
                Optional.empty(),
                2,
                JoinPolicy.OPEN,
                Optional.empty()),
            full.joinLink(),
            NOW);
    ResourceEntry resource = Fixtures.resource(ORIGIN, "r1", LocalDate.of(2027, 6, 30));
    ResourceEntry urlOnly =
        new ResourceEntry(
            resource.id(),
            ORIGIN,
            resource.kind(),
            resource.name(),
            resource.description(),
            List.of("150", "US-CA"),
            resource.languages(),
            new Contact(
                Optional.empty(), Optional.empty(), Optional.empty(), resource.contact().url()),
            resource.hours(),
            resource.cost(),
            resource.verifiedBy(),
            resource.verifiedAt(),
            resource.reviewBy(),
            resource.updatedAt());
    return Stream.of(
        Arguments.of(FeedKind.DIRECTORY, full),
        Arguments.of(FeedKind.DIRECTORY, minimal),
        Arguments.of(FeedKind.RESOURCES, resource),
        Arguments.of(FeedKind.RESOURCES, urlOnly));
  }

  @ParameterizedTest
  @MethodSource("entries")
  <T extends FeedEntry> void entriesRoundTrip(FeedKind<T> kind, T entry)
      throws FederationException {
    byte[] bytes = Json.canonical(EntryCodecs.encode(entry));
    assertEquals(entry, Json.read(bytes, 10_000, in -> EntryCodecs.decode(kind, in)));
  }

  @Test
  void aResourceIsNotReadAsAGroup() {
    byte[] bytes =
        Json.canonical(
            EntryCodecs.encode(Fixtures.resource(ORIGIN, "r", LocalDate.of(2027, 1, 1))));
    assertThrows(
        FederationException.class,
        () -> Json.read(bytes, 10_000, in -> EntryCodecs.decode(FeedKind.DIRECTORY, in)));
  }

  @Test
  void upperCaseEnumValuesAreRefused() {
    String json =
        new String(
                Json.canonical(EntryCodecs.encode(Fixtures.group(ORIGIN, "g", NOW))),
                StandardCharsets.UTF_8)
            .replace("\"approval\"", "\"APPROVAL\"");
    assertThrows(
        FederationException.class,
        () ->
            Json.read(
                json.getBytes(StandardCharsets.UTF_8),
                10_000,
                in -> EntryCodecs.decode(FeedKind.DIRECTORY, in)));
  }

  @Test
  void instanceDocumentsRoundTrip() throws FederationException {
    InstanceDocument doc = Fixtures.document(Fixtures.key(2), "b", NOW);
    byte[] bytes = Json.canonical(InstanceDocumentCodec.encode(doc));
    assertEquals(doc, Json.read(bytes, 10_000, InstanceDocumentCodec::decode));
  }

  @Test
  void anInstanceDocumentWhoseThumbprintDoesNotMatchItsKeyIsRefused() {
    InstanceDocument doc = Fixtures.document(Fixtures.key(2), "b", NOW);
    var map = new java.util.HashMap<>(InstanceDocumentCodec.encode(doc));
    map.put("thumbprint", Fixtures.key(3).publicKey().thumbprint().value());
    assertThrows(
        FederationException.class,
        () -> Json.read(Json.canonical(map), 10_000, InstanceDocumentCodec::decode));
  }
}
