package org.hearth.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DomainValuesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://hearth.example",
        "https://hearth.example:8443/base",
        "http://localhost:9080"
      })
  void baseUrlsAccepted(String url) {
    assertEquals(url, new BaseUrl(url).value());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://hearth.example",
        "https://hearth.example/",
        "https://user@hearth.example",
        "https://hearth.example?x=1",
        "https://hearth.example#f",
        "ftp://hearth.example",
        "https://",
        "not a url"
      })
  void baseUrlsRefused(String url) {
    assertThrows(IllegalArgumentException.class, () -> new BaseUrl(url));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "has space",
        "a/b",
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
      })
  void entryIdsRefused(String id) {
    assertThrows(IllegalArgumentException.class, () -> new EntryId(id));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "bell\u0007"})
  void unprintableOrEmptyTextRefused(String name) {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new GroupDescriptor(
                name,
                "d",
                List.of(),
                "en",
                Optional.empty(),
                10,
                JoinPolicy.OPEN,
                Optional.empty()));
  }

  @Test
  void groupSizeMayNotExceedItsCap() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new GroupDescriptor(
                "n", "d", List.of(), "en", Optional.of(11), 10, JoinPolicy.OPEN, Optional.empty()));
  }

  @Test
  void aJoinLinkPointsIntoTheHomeInstance() {
    Origin origin = Fixtures.origin(Fixtures.key(1), "a");
    GroupListing ok = Fixtures.group(origin, "g1", Fixtures.NOW);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new GroupListing(
                ok.id(),
                origin,
                ok.descriptor(),
                java.net.URI.create("https://evil.example/join"),
                ok.updatedAt()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "D", "DEU", "US-", "1500"})
  void areaCodesRefused(String area) {
    ResourceEntry ok =
        Fixtures.resource(
            Fixtures.origin(Fixtures.key(1), "a"), "r1", java.time.LocalDate.of(2027, 1, 1));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ResourceEntry(
                ok.id(),
                ok.origin(),
                ok.kind(),
                ok.name(),
                ok.description(),
                List.of(area),
                ok.languages(),
                ok.contact(),
                ok.hours(),
                ok.cost(),
                ok.verifiedBy(),
                ok.verifiedAt(),
                ok.reviewBy(),
                ok.updatedAt()));
  }

  @Test
  void aContactNeedsSomeWayToReachIt() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Contact(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Contact(Optional.empty(), Optional.empty(), Optional.of("HELP"), Optional.empty()));
  }

  @Test
  void hoursAreEitherAlwaysOrASchedule() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Hours(true, Optional.of("Mo 10:00-12:00"), Optional.empty()));
    assertThrows(
        IllegalArgumentException.class, () -> new Hours(false, Optional.empty(), Optional.empty()));
  }
}
