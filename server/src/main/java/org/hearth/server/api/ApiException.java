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

  public ApiException(ProblemType type, String detail) {
    this(type, detail, null);
  }

  public ApiException(ProblemType type, String detail, List<Problem.FieldError> errors) {
    super(detail, null, false, false);
    this.type = type;
    this.errors = errors == null ? null : List.copyOf(errors);
  }

  public ProblemType type() {
    return type;
  }

  public Problem toProblem() {
    return new Problem(type.uri(), type.title(), type.status(), getMessage(), errors);
  }
}
