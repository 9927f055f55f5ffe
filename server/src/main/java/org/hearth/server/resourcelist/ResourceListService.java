package org.hearth.server.resourcelist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Answers "where can I get help" for a country the member picked. */
@ApplicationScoped
public class ResourceListService {
  /** The pseudo-country of entries that serve everyone, whatever their country. */
  public static final String INTERNATIONAL = "ZZ";

  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  @Inject ResourceRepository repository;

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

  /** Entries for {@code country} followed by the international ones. */
  public List<HelpEntry> forCountry(String country) {
    List<String> countries =
        country == null ? List.of(INTERNATIONAL) : List.of(country, INTERNATIONAL);
    LocalDate today = LocalDate.now(clock);
    return repository.forCountries(countries).stream()
        .sorted(
            (a, b) ->
                Boolean.compare(
                    a.countries.contains(INTERNATIONAL), b.countries.contains(INTERNATIONAL)))
        .map(entity -> toEntry(entity, today))
        .toList();
  }

  /** Countries that have entries of their own, for the country picker. */
  public List<String> countries() {
    return repository.countries().stream().filter(c -> !INTERNATIONAL.equals(c)).toList();
  }

  private static HelpEntry toEntry(ResourceEntity e, LocalDate today) {
    boolean verified = e.verifiedOn != null && e.reviewBy != null && !today.isAfter(e.reviewBy);
    return new HelpEntry(
        e.id,
        e.kind,
        e.name,
        e.description,
        e.countries.stream().sorted().toList(),
        Arrays.stream(e.languages.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList(),
        e.phone,
        e.smsNumber,
        e.smsKeyword,
        e.url,
        e.hours,
        e.cost,
        e.verifiedBy,
        e.verifiedOn,
        e.reviewBy,
        verified);
  }
}
