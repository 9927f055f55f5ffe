package org.hearth.server.api;

import jakarta.ws.rs.core.Response;

/** Builds problem responses. */
public final class Problems {
  private Problems() {}

  public static Response response(Problem problem) {
    Response.ResponseBuilder answer =
        Response.status(problem.status())
            .type(Problem.MEDIA_TYPE)
            .header("Cache-Control", "no-store")
            .entity(problem);
    if (problem.retryAfter() != null) {
      answer.header("Retry-After", problem.retryAfter());
    }
    return answer.build();
  }
}
