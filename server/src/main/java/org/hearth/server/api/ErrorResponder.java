package org.hearth.server.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import org.hearth.server.web.ErrorPageRenderer;

/**
 * Answers an error in the form the caller reads: problem details for the API, the instance
 * documents and the federation endpoints, a plain page for people everywhere else.
 */
final class ErrorResponder {
  private ErrorResponder() {}

  static boolean isApi(HttpServletRequest request) {
    if (request == null) {
      return true;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/")
        || path.startsWith("/.well-known/")
        || path.startsWith("/federation/");
  }

  static Response respond(
      HttpServletRequest request,
      HttpServletResponse response,
      ErrorPageRenderer pages,
      Problem problem) {
    if (isApi(request)) {
      return Problems.response(problem);
    }
    return pages.render(problem.status(), problem.type(), request, response);
  }

  static Problem problem(ProblemType type, String detail) {
    return new Problem(type.uri(), type.title(), type.status(), detail, null);
  }
}
