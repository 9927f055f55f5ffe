package org.hearth.server.api;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hearth.server.web.ErrorPageRenderer;

/**
 * Turns every exception into an answer a person or program can use: RFC 9457 problem details under
 * {@code /api/}, a plain page elsewhere. Nothing internal (class names, stack traces, SQL) ever
 * reaches the client; unexpected failures are logged here without request details.
 */
public final class ExceptionMappers {
  private static final Logger LOG = Logger.getLogger(ExceptionMappers.class.getName());

  private ExceptionMappers() {}

  /** What every mapper needs to answer in the caller's form. */
  abstract static class Base<E extends Throwable> implements ExceptionMapper<E> {
    @Context HttpServletRequest request;
    @Context HttpServletResponse response;
    @Inject ErrorPageRenderer pages;

    Response respond(ProblemType type) {
      return respond(ErrorResponder.problem(type, null));
    }

    Response respond(Problem problem) {
      Problem answer =
          BodyLimitFilter.exceeded(request)
              ? ErrorResponder.problem(ProblemType.BODY_TOO_LARGE, null)
              : problem;
      return ErrorResponder.respond(request, response, pages, answer);
    }
  }

  /** Errors Hearth raises on purpose. */
  @Provider
  public static class ApiExceptionMapper extends Base<ApiException> {
    @Override
    public Response toResponse(ApiException e) {
      return respond(e.toProblem());
    }
  }

  /** Errors the JAX-RS runtime raises: unknown path, wrong method, wrong media type and so on. */
  @Provider
  public static class WebApplicationExceptionMapper extends Base<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      if (BodyLimitFilter.isCausedByLimit(e)) {
        return respond(ProblemType.BODY_TOO_LARGE);
      }
      if (e instanceof jakarta.ws.rs.RedirectionException) {
        // A redirect (the console sends signed-out admins to its sign-in page) is no error.
        return e.getResponse();
      }
      int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
      if (status == 400 && e.getCause() != null) {
        return respond(ProblemType.MALFORMED_BODY);
      }
      if (status >= 500) {
        LOG.log(Level.WARNING, "Request failed", e);
      }
      return respond(ProblemType.forStatus(status));
    }
  }

  /** A body the JSON binding could not read. */
  @Provider
  public static class ProcessingExceptionMapper extends Base<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
      return respond(
          BodyLimitFilter.isCausedByLimit(e)
              ? ProblemType.BODY_TOO_LARGE
              : ProblemType.MALFORMED_BODY);
    }
  }

  /** A body the JSON binding could not read, when the provider lets JSON-B's own error through. */
  @Provider
  public static class JsonbExceptionMapper extends Base<JsonbException> {
    @Override
    public Response toResponse(JsonbException e) {
      return respond(ProblemType.MALFORMED_BODY);
    }
  }

  /** Anything else is a bug: log it, tell the client nothing about it. */
  @Provider
  public static class UnexpectedExceptionMapper extends Base<Throwable> {
    @Override
    public Response toResponse(Throwable e) {
      if (BodyLimitFilter.isCausedByLimit(e)) {
        return respond(ProblemType.BODY_TOO_LARGE);
      }
      LOG.log(Level.SEVERE, "Unexpected failure while answering a request", e);
      return respond(ProblemType.INTERNAL);
    }
  }
}
