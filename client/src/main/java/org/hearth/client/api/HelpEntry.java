package org.hearth.client.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A resource list entry: a crisis line, helpline, service, clinic or website.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind the server's kind name, such as {@code CRISIS_LINE}
 * @param verified whether someone verified it and its review-by date has not passed
 * @param homeName for an entry another instance shared ({@code remote}), that instance's name
 * @param homeUrl for a remote entry, its home instance's base URL
 * @param ageSeconds for a remote entry, seconds since its home instance last confirmed it
 * @param stale whether the copy may be out of date
 */
public record HelpEntry(
    String id,
    String kind,
    String name,
    String description,
    List<String> countries,
    List<String> languages,
    String phone,
    String smsNumber,
    String smsKeyword,
    String url,
    String hours,
    String cost,
    String verifiedBy,
    LocalDate verifiedOn,
    LocalDate reviewBy,
    boolean verified,
    String homeName,
    String homeUrl,
    boolean remote,
    Long ageSeconds,
    boolean stale) {
  public HelpEntry {
    countries = List.copyOf(countries);
    languages = List.copyOf(languages);
  }
}
