package org.hearth.server.api;

import java.util.List;

/**
 * A failure a feature reports to an API client: a problem type, a detail meant for people, and for
 * validation failures the fields at fault. The message never contains secrets or content.
 */
public class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ProblemType type;
  private final transient List<Problem.FieldError> errors;
  private final Long currentEpoch;
  private final Long retryAfter;
  private final String until;

  public ApiException(ProblemType type, String detail) {
    this(type, detail, null);
  }

  public ApiException(ProblemType type, String detail, List<Problem.FieldError> errors) {
    this(type, detail, errors, null, null, null);
  }

  private ApiException(
      ProblemType type,
      String detail,
      List<Problem.FieldError> errors,
      Long currentEpoch,
      Long retryAfter,
      String until) {
    super(detail, null, false, false);
    this.type = type;
    this.errors = errors == null ? null : List.copyOf(errors);
    this.currentEpoch = currentEpoch;
    this.retryAfter = retryAfter;
    this.until = until;
  }

  /** A message or commit for an epoch other than the group's current one. */
  public static ApiException staleEpoch(long sent, long current) {
    return new ApiException(
        ProblemType.STALE_EPOCH,
        "This was made for epoch "
            + sent
            + " but the group is at epoch "
            + current
            + ": read the messages you missed, then try again.",
        null,
        current,
        null,
        null);
  }

  /** Too many requests; the caller may try again after {@code seconds}. */
  public static ApiException tooMany(String detail, long seconds) {
    return new ApiException(
        ProblemType.TOO_MANY_REQUESTS, detail, null, null, Math.max(1, seconds), null);
  }

  /** The sender is muted in this group until {@code until} (or until a facilitator lifts it). */
  public static ApiException muted(java.time.Instant until) {
    return new ApiException(
        ProblemType.MUTED,
        "Several members reported your messages while no facilitator was on duty, so the group"
            + " does not take your messages until "
            + until
            + " or until a facilitator has looked at the reports.",
        null,
        null,
        null,
        until.toString());
  }

  public ProblemType type() {
    return type;
  }

  public Problem toProblem() {
    return new Problem(
        type.uri(),
        type.title(),
        type.status(),
        getMessage(),
        errors,
        currentEpoch,
        retryAfter,
        until);
  }
}
