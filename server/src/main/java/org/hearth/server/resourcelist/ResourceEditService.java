package org.hearth.server.resourcelist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.hearth.server.api.ApiException;
import org.hearth.server.api.Problem;
import org.hearth.server.api.ProblemType;

/** The admin's changes to this instance's resource list; peers are told after each. */
@ApplicationScoped
public class ResourceEditService {
  /** How long a verification holds when the admin gives no review-by date. */
  static final int DEFAULT_REVIEW_DAYS = 180;

  @Inject ResourceRepository repository;
  @Inject Event<ResourceListChanged> changed;

  Clock clock = Clock.systemUTC();

  public ManagedResource get(String id) {
    return repository
        .find(id)
        .map(e -> ResourceListService.managed(e, LocalDate.now(clock)))
        .orElseThrow(ResourceEditService::notFound);
  }

  public ManagedResource create(ResourceRequest request) {
    check(request);
    ResourceEntity entity = new ResourceEntity(UUID.randomUUID().toString());
    apply(entity, request);
    repository.insert(entity);
    changed.fire(new ResourceListChanged());
    return ResourceListService.managed(entity, LocalDate.now(clock));
  }

  public ManagedResource replace(String id, ResourceRequest request) {
    check(request);
    ResourceEntity entity =
        repository.update(id, e -> apply(e, request)).orElseThrow(ResourceEditService::notFound);
    changed.fire(new ResourceListChanged());
    return ResourceListService.managed(entity, LocalDate.now(clock));
  }

  public void delete(String id) {
    if (!repository.delete(id)) {
      throw notFound();
    }
    changed.fire(new ResourceListChanged());
  }

  private void apply(ResourceEntity e, ResourceRequest r) {
    Instant now = clock.instant();
    e.kind = r.kind();
    e.name = r.name().strip();
    e.description = blankToNull(r.description());
    e.areas.clear();
    e.areas.addAll(new LinkedHashSet<>(r.areas()));
    e.languages = String.join(",", new LinkedHashSet<>(r.languages()));
    e.phone = blankToNull(r.phone());
    e.smsNumber = blankToNull(r.smsNumber());
    e.smsKeyword = blankToNull(r.smsKeyword());
    e.url = blankToNull(r.url());
    e.hoursAlways = r.open24x7();
    e.hours = r.open24x7() ? null : blankToNull(r.schedule());
    e.hoursZone = r.open24x7() ? null : blankToNull(r.timeZone());
    e.cost = r.cost();
    e.verifiedBy = blankToNull(r.verifiedBy());
    Instant verifiedAt = e.verifiedBy == null ? null : r.verifiedAt();
    if (e.verifiedBy != null && verifiedAt == null) {
      verifiedAt = now;
    }
    e.verifiedAt = verifiedAt == null ? null : verifiedAt.getEpochSecond();
    LocalDate reviewBy = r.reviewBy();
    if (reviewBy == null && verifiedAt != null) {
      reviewBy = LocalDate.ofInstant(verifiedAt, ZoneOffset.UTC).plusDays(DEFAULT_REVIEW_DAYS);
    }
    e.reviewBy = reviewBy;
    e.position = r.position() == null ? 100 : r.position();
    e.updatedAt = Math.max(now.getEpochSecond(), e.updatedAt + 1);
  }

  /** The rules between fields, which annotations cannot say. */
  private void check(ResourceRequest r) {
    if (r == null) {
      throw new ApiException(ProblemType.MALFORMED_BODY, "A JSON request body is required.");
    }
    if (r.smsKeyword() != null && r.smsNumber() == null) {
      throw invalid("smsKeyword", "needs an smsNumber");
    }
    if (!r.open24x7() && (r.schedule() == null) != (r.timeZone() == null)) {
      throw invalid("timeZone", "give a schedule and its time zone together, or open24x7");
    }
    if (r.timeZone() != null) {
      try {
        ZoneId.of(r.timeZone());
      } catch (DateTimeException e) {
        throw invalid("timeZone", "must be an IANA time zone such as Africa/Kampala");
      }
    }
    if (r.verifiedAt() != null && r.verifiedAt().isAfter(clock.instant().plusSeconds(300))) {
      throw invalid("verifiedAt", "must not lie in the future");
    }
  }

  private static ApiException invalid(String field, String message) {
    return new ApiException(
        ProblemType.VALIDATION,
        "Correct the fields listed in errors and send again.",
        List.of(new Problem.FieldError(field, message)));
  }

  private static ApiException notFound() {
    return new ApiException(ProblemType.NOT_FOUND, "There is no resource list entry with this id.");
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
