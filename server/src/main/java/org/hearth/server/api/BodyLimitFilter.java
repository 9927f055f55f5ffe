package org.hearth.server.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.hearth.server.platform.HearthSettings;
import org.hearth.server.web.ErrorPageRenderer;

/**
 * Refuses request bodies over the configured limit: at once when {@code Content-Length} says so,
 * and while reading when the body is chunked, so no endpoint ever buffers more than the limit.
 */
@Provider
@PreMatching
public class BodyLimitFilter implements ContainerRequestFilter {
  @Inject HearthSettings settings;
  @Inject ErrorPageRenderer pages;
  @Context HttpServletRequest servletRequest;
  @Context HttpServletResponse servletResponse;

  @Override
  public void filter(ContainerRequestContext request) {
    long limit = settings.maxBodyBytes();
    if (request.getLength() > limit) {
      request.abortWith(
          ErrorResponder.respond(
              servletRequest,
              servletResponse,
              pages,
              ErrorResponder.problem(
                  ProblemType.BODY_TOO_LARGE, "The limit is " + limit + " bytes.")));
      return;
    }
    if (request.hasEntity()) {
      HttpServletRequest exceeded = servletRequest;
      request.setEntityStream(
          new LimitedInputStream(
              request.getEntityStream(), limit, () -> exceeded.setAttribute(EXCEEDED, true)));
    }
  }

  /**
   * Set on the request when its body passed the limit, so that whatever exception the body's reader
   * turned that into (parsers do not all keep the cause) still answers 413.
   */
  static final String EXCEEDED = "org.hearth.api.bodyTooLarge";

  /** Whether the body of {@code request} passed the limit while it was read. */
  static boolean exceeded(HttpServletRequest request) {
    return request != null && Boolean.TRUE.equals(request.getAttribute(EXCEEDED));
  }

  /** Whether {@code failure} or one of its causes is a body over the limit. */
  static boolean isCausedByLimit(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof BodyTooLargeException) {
        return true;
      }
    }
    return false;
  }

  /** Raised by the limited stream when a body grows past the limit. */
  static final class BodyTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    BodyTooLargeException() {
      super("request body over the limit");
    }
  }

  private static final class LimitedInputStream extends FilterInputStream {
    private final Runnable onExceeded;
    private long remaining;

    LimitedInputStream(InputStream in, long limit, Runnable onExceeded) {
      super(in);
      this.remaining = limit;
      this.onExceeded = onExceeded;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0 && --remaining < 0) {
        throw exceeded();
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        remaining -= n;
        if (remaining < 0) {
          throw exceeded();
        }
      }
      return n;
    }

    private BodyTooLargeException exceeded() {
      onExceeded.run();
      return new BodyTooLargeException();
    }
  }
}
