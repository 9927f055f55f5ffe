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
    boolean verified) {
  public HelpEntry {
    countries = List.copyOf(countries);
    languages = List.copyOf(languages);
  }
}
