package org.hearth.client.api;

import java.util.List;
import java.util.OptionalLong;

/**
 * The instance answered with an RFC 9457 problem (or an error status without one). {@link
 * #getMessage()} is one line for a person: the detail, or the title when there is none.
 *
 * <p>Immutable and thread-safe.
 */
public final class HearthApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The prefix of Hearth's problem types. */
  public static final String TYPE_PREFIX = "urn:hearth:problem:";

  /** One field of a request that the server refused, and why. */
  public record FieldError(String field, String message) {}

  private final String type;
  private final int status;
  private final String title;
  private final String detail;
  private final transient List<FieldError> errors;
  private final Long currentEpoch;
  private final Long retryAfterSeconds;

  public HearthApiException(
      String type, int status, String title, String detail, List<FieldError> errors) {
    this(type, status, title, detail, errors, null, null);
  }

  /**
   * @param currentEpoch the group's epoch a {@code stale-epoch} problem names, else {@code null}
   * @param retryAfterSeconds the answer's {@code Retry-After} in seconds, else {@code null}
   */
  public HearthApiException(
      String type,
      int status,
      String title,
      String detail,
      List<FieldError> errors,
      Long currentEpoch,
      Long retryAfterSeconds) {
    super(detail != null && !detail.isBlank() ? detail : title);
    this.type = type;
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.errors = List.copyOf(errors);
    this.currentEpoch = currentEpoch;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** Whether this is Hearth's problem {@code urn:hearth:problem:<slug>}. */
  public boolean is(String slug) {
    return type.equals(TYPE_PREFIX + slug);
  }

  /** For {@code stale-epoch}: the group's current epoch, which the request missed. */
  public OptionalLong currentEpoch() {
    return currentEpoch == null ? OptionalLong.empty() : OptionalLong.of(currentEpoch);
  }

  /** How long the server asked to wait before trying again ({@code 429}), if it said. */
  public OptionalLong retryAfterSeconds() {
    return retryAfterSeconds == null ? OptionalLong.empty() : OptionalLong.of(retryAfterSeconds);
  }

  /** The problem type URI, such as {@code urn:hearth:problem:validation}. */
  public String type() {
    return type;
  }

  /** The last part of a Hearth problem type ({@code validation}), or the whole type otherwise. */
  public String slug() {
    return type.startsWith(TYPE_PREFIX) ? type.substring(TYPE_PREFIX.length()) : type;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** The detail, or {@code null} when the server gave none. */
  public String detail() {
    return detail;
  }

  /** The fields at fault, for validation problems; otherwise empty. */
  public List<FieldError> errors() {
    return errors;
  }
}
