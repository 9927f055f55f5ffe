package org.hearth.server.resourcelist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One of this instance's resource list entries as the admin manages it.
 *
 * @param areas ISO 3166-1 alpha-2 countries, ISO 3166-2 subdivisions and UN M49 regions
 * @param open24x7 whether it answers around the clock; otherwise {@code schedule} in {@code
 *     timeZone}
 * @param verified whether it is verified and its review-by date has not passed
 * @param missingForSharing what it lacks before peers are sent it (empty when it is shared)
 */
public record ManagedResource(
    String id,
    ResourceKind kind,
    String name,
    String description,
    List<String> areas,
    List<String> languages,
    String phone,
    String smsNumber,
    String smsKeyword,
    String url,
    boolean open24x7,
    String schedule,
    String timeZone,
    Cost cost,
    String verifiedBy,
    Instant verifiedAt,
    LocalDate reviewBy,
    int position,
    Instant updatedAt,
    boolean verified,
    List<String> missingForSharing) {}
