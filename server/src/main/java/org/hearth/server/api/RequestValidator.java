package org.hearth.server.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;

/**
 * Validates API request bodies with Bean Validation and reports every invalid field at once as a
 * 422 problem. (Liberty's RESTEasy cannot run {@code @Valid} on resource parameters for Krazo
 * applications, so resources call this instead.)
 */
@ApplicationScoped
public class RequestValidator {
  @Inject Validator validator;

  /**
   * Returns {@code body} when it is present and valid.
   *
   * @throws ApiException 400 for a missing body, 422 with the fields at fault otherwise
   */
  public <T> T require(T body) {
    if (body == null) {
      throw new ApiException(ProblemType.MALFORMED_BODY, "A JSON request body is required.");
    }
    List<Problem.FieldError> errors =
        validator.validate(body).stream()
            .map(RequestValidator::toFieldError)
            .distinct()
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    if (!errors.isEmpty()) {
      throw new ApiException(
          ProblemType.VALIDATION, "Correct the fields listed in errors and send again.", errors);
    }
    return body;
  }

  private static Problem.FieldError toFieldError(ConstraintViolation<?> violation) {
    return new Problem.FieldError(violation.getPropertyPath().toString(), violation.getMessage());
  }
}
