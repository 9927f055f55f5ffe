package org.hearth.server.resourcelist;

import java.time.LocalDate;
import java.util.List;

/**
 * A resource list entry as pages and the API show it: one of this instance's own, or one a peer
 * shared, with where it comes from and how old the copy is.
 *
 * @param countries the areas it serves: ISO 3166-1 alpha-2 countries, ISO 3166-2 subdivisions and
 *     UN M49 regions ({@code 001} is the whole world)
 * @param hours {@code 24/7}, or a schedule in OpenStreetMap opening-hours syntax with its time zone
 * @param cost {@code FREE}, {@code LOW_COST}, {@code PAID} or {@code VARIES}
 * @param verified whether someone verified it and its review-by date has not passed
 * @param homeName the instance that lists it (its name, or its address for an instance that is not
 *     a direct peer)
 * @param homeUrl the base URL of that instance
 * @param remote whether it comes from another instance
 * @param ageSeconds for a remote entry, seconds since its instance last confirmed it; else null
 * @param stale whether that is long enough ago that it may be out of date
 */
public record HelpEntry(
    String id,
    ResourceKind kind,
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

  /** Whether the entry gives any way to reach the service. */
  public boolean hasContact() {
    return phone != null || smsNumber != null || url != null;
  }

  /** Whether it serves everyone, wherever they are. */
  public boolean international() {
    return countries.contains(ResourceListService.INTERNATIONAL);
  }
}
