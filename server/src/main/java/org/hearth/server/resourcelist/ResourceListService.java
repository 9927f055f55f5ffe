package org.hearth.server.resourcelist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Answers "where can I get help" for a country the member picked, from this instance's own list and
 * the entries peers shared.
 */
@ApplicationScoped
public class ResourceListService {
  /** The UN M49 code of the whole world: entries that serve everyone, wherever they are. */
  public static final String INTERNATIONAL = "001";

  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  @Inject ResourceRepository repository;
  @Inject Instance<RemoteResources> remote;

  Clock clock = Clock.systemUTC();

  /**
   * Normalises a country code from a form or query: two letters, upper case.
   *
   * @return empty when the input is not an ISO 3166-1 alpha-2 shaped code
   */
  public static Optional<String> country(String input) {
    if (input == null) {
      return Optional.empty();
    }
    String code = input.trim().toUpperCase(Locale.ROOT);
    return COUNTRY.matcher(code).matches() ? Optional.of(code) : Optional.empty();
  }

  /**
   * Entries for {@code country} (the country itself or one of its subdivisions), then the
   * international ones; this instance's own first within each.
   */
  public List<HelpEntry> forCountry(String country) {
    return all().stream()
        .filter(e -> e.international() || (country != null && serves(e, country)))
        .sorted(Comparator.comparing(HelpEntry::international))
        .toList();
  }

  /** Countries that have entries of their own, for the country picker. */
  public List<String> countries() {
    TreeSet<String> countries = new TreeSet<>();
    for (HelpEntry e : all()) {
      for (String area : e.countries()) {
        if (area.length() >= 2 && Character.isLetter(area.charAt(0))) {
          countries.add(area.substring(0, 2));
        }
      }
    }
    return List.copyOf(countries);
  }

  /** This instance's own entries as the admin manages them, in list order. */
  public List<ManagedResource> managed() {
    LocalDate today = LocalDate.now(clock);
    return repository.all().stream().map(e -> managed(e, today)).toList();
  }

  private List<HelpEntry> all() {
    LocalDate today = LocalDate.now(clock);
    List<HelpEntry> entries = new ArrayList<>();
    repository.all().forEach(e -> entries.add(local(e, today)));
    if (remote.isResolvable()) {
      entries.addAll(remote.get().entries());
    }
    return entries;
  }

  private static boolean serves(HelpEntry entry, String country) {
    return entry.countries().stream()
        .anyMatch(a -> a.equals(country) || a.startsWith(country + "-"));
  }

  private static HelpEntry local(ResourceEntity e, LocalDate today) {
    return new HelpEntry(
        e.id,
        e.kind,
        e.name,
        e.description,
        e.areas.stream().sorted().toList(),
        languages(e),
        e.phone,
        e.smsNumber,
        e.smsKeyword,
        e.url,
        hoursText(e.hoursAlways, e.hours, e.hoursZone),
        e.cost == null ? null : e.cost.name(),
        e.verifiedBy,
        e.verifiedAt == null ? null : LocalDate.ofInstant(instant(e.verifiedAt), ZoneOffset.UTC),
        e.reviewBy,
        verified(e, today),
        null,
        null,
        false,
        null,
        false);
  }

  static ManagedResource managed(ResourceEntity e, LocalDate today) {
    return new ManagedResource(
        e.id,
        e.kind,
        e.name,
        e.description,
        e.areas.stream().sorted().toList(),
        languages(e),
        e.phone,
        e.smsNumber,
        e.smsKeyword,
        e.url,
        e.hoursAlways,
        e.hours,
        e.hoursZone,
        e.cost,
        e.verifiedBy,
        e.verifiedAt == null ? null : instant(e.verifiedAt),
        e.reviewBy,
        e.position,
        instant(e.updatedAt),
        verified(e, today),
        missingForSharing(e));
  }

  /** How hours read: {@code 24/7}, or the schedule with its time zone. */
  public static String hoursText(boolean always, String schedule, String zone) {
    if (always) {
      return "24/7";
    }
    if (schedule == null) {
      return null;
    }
    return zone == null ? schedule : schedule + " (" + zone + ")";
  }

  private static List<String> missingForSharing(ResourceEntity e) {
    List<String> missing = new ArrayList<>();
    if (e.description == null || e.description.isBlank()) {
      missing.add("description");
    }
    if (e.phone == null && e.smsNumber == null && e.url == null) {
      missing.add("contact");
    }
    if (!e.hoursAlways && (e.hours == null || e.hoursZone == null)) {
      missing.add("hours");
    }
    Stream.of(
            e.cost == null ? "cost" : null,
            e.verifiedBy == null ? "verifiedBy" : null,
            e.verifiedAt == null ? "verifiedAt" : null,
            e.reviewBy == null ? "reviewBy" : null)
        .filter(s -> s != null)
        .forEach(missing::add);
    return missing;
  }

  private static boolean verified(ResourceEntity e, LocalDate today) {
    return e.verifiedAt != null && e.reviewBy != null && !today.isAfter(e.reviewBy);
  }

  private static List<String> languages(ResourceEntity e) {
    return Arrays.stream(e.languages.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static Instant instant(long epochSecond) {
    return Instant.ofEpochSecond(epochSecond);
  }
}
