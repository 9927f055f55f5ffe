package org.hearth.federation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A resource-list entry (helpline, crisis line, service, clinic, website) as its origin instance
 * verified it. {@code areas} are ISO 3166-1 alpha-2 country codes ({@code DE}), ISO 3166-2
 * subdivisions ({@code US-CA}) or UN M49 region codes ({@code 150}); {@code languages} are BCP 47
 * tags. After {@code reviewBy} the entry is shown as unverified.
 *
 * <p>Immutable and thread-safe.
 */
public record ResourceEntry(
    EntryId id,
    Origin origin,
    ResourceKind kind,
    String name,
    String description,
    List<String> areas,
    List<String> languages,
    Contact contact,
    Hours hours,
    Cost cost,
    String verifiedBy,
    Instant verifiedAt,
    LocalDate reviewBy,
    Instant updatedAt)
    implements FeedEntry {
  public static final int MAX_NAME = 150;
  public static final int MAX_DESCRIPTION = 2000;
  public static final int MAX_AREAS = 50;
  public static final int MAX_LANGUAGES = 20;
  public static final int MAX_VERIFIED_BY = 150;
  private static final Pattern AREA = Pattern.compile("[A-Z]{2}|[A-Z]{2}-[A-Z0-9]{1,3}|[0-9]{3}");

  public ResourceEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(kind, "kind");
    Checks.text("name", name, MAX_NAME);
    Checks.text("description", description, MAX_DESCRIPTION);
    areas = Checks.codes("areas", areas, MAX_AREAS, AREA);
    languages = Checks.codes("languages", languages, MAX_LANGUAGES, GroupDescriptor.LANGUAGE);
    if (areas.isEmpty() || languages.isEmpty()) {
      throw new IllegalArgumentException("a resource names at least one area and language");
    }
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(hours, "hours");
    Objects.requireNonNull(cost, "cost");
    Checks.text("verifiedBy", verifiedBy, MAX_VERIFIED_BY);
    Objects.requireNonNull(verifiedAt, "verifiedAt");
    Objects.requireNonNull(reviewBy, "reviewBy");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }
}
