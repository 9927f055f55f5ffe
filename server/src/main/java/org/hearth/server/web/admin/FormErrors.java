package org.hearth.server.web.admin;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.hearth.server.api.ApiException;
import org.hearth.server.api.Problem;

/**
 * What is wrong with a submitted console form: for each field, the bundle key of the message shown
 * next to it ({@code <form>.error.<field>}), plus at most one message for the whole form. Mutable,
 * one per request.
 */
final class FormErrors {
  private static final String PROBLEM_BASE = "urn:hearth:problem:";
  private static final Set<String> KNOWN_PROBLEMS =
      Set.of(
          "conflict",
          "forbidden",
          "not-found",
          "validation",
          "peer-unreachable",
          "federation-off",
          "fingerprint-mismatch",
          "wrong-origin",
          "bad-signature",
          "malformed-document",
          "document-too-large",
          "unsupported-document");

  private final String form;
  private final Map<String, String> fields = new LinkedHashMap<>();
  private String general;

  FormErrors(String form) {
    this.form = form;
  }

  /** Marks {@code field} as wrong with the form's message for it. */
  FormErrors field(String field) {
    fields.putIfAbsent(field, "admin." + form + ".error." + field);
    return this;
  }

  /** Marks the fields the validator refused (a list element counts for its list). */
  <T> FormErrors violations(Set<ConstraintViolation<T>> violations) {
    for (ConstraintViolation<T> v : violations) {
      Iterator<Path.Node> nodes = v.getPropertyPath().iterator();
      if (nodes.hasNext()) {
        field(nodes.next().getName());
      }
    }
    return this;
  }

  /**
   * Marks what a service refused: its field errors next to their fields, anything else as the
   * message of the whole form (a known problem type's text, or a general one).
   */
  FormErrors refused(ApiException e) {
    Problem problem = e.toProblem();
    if (problem.errors() != null && !problem.errors().isEmpty()) {
      problem.errors().forEach(f -> field(f.field()));
      return this;
    }
    String slug = problem.type().substring(PROBLEM_BASE.length());
    general = "admin.problem." + (KNOWN_PROBLEMS.contains(slug) ? slug : "other");
    return this;
  }

  boolean isEmpty() {
    return fields.isEmpty() && general == null;
  }

  /** Field name to bundle key, for the template. */
  Map<String, String> fields() {
    return fields;
  }

  /** The bundle key of the whole form's message, or null. */
  String general() {
    return general;
  }
}
