package org.hearth.server.api;

import java.util.List;

/**
 * An RFC 9457 problem details object, serialised as {@code application/problem+json}.
 *
 * @param type a stable URI naming the kind of problem; clients switch on it
 * @param errors for validation problems, which fields were wrong and why
 * @param currentEpoch for {@code stale-epoch}, the group's epoch now
 * @param retryAfter for {@code too-many-requests}, seconds to wait (also the Retry-After header)
 * @param until for {@code muted}, when the mute ends (ISO-8601 instant) unless a facilitator lifts
 *     it sooner
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    List<FieldError> errors,
    Long currentEpoch,
    Long retryAfter,
    String until) {
  public Problem(String type, String title, int status, String detail, List<FieldError> errors) {
    this(type, title, status, detail, errors, null, null, null);
  }

  /** The media type of problem details (RFC 9457 section 3). */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** One invalid field of a request body. */
  public record FieldError(String field, String message) {}
}
