package org.hearth.server.resourcelist;

import java.time.LocalDate;
import java.util.List;

/**
 * A resource list entry as pages and the API show it.
 *
 * @param verified whether someone verified it and its review-by date has not passed
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
    boolean verified) {

  /** Whether the entry gives any way to reach the service. */
  public boolean hasContact() {
    return phone != null || smsNumber != null || url != null;
  }
}
