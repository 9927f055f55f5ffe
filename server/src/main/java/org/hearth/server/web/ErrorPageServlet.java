package org.hearth.server.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;

/**
 * The container's error page (see {@code web.xml}): failures that escape the JAX-RS mappers, for
 * example while a view is written, get the same plain page as every other error, in the reader's
 * language. Should the page itself fail to render, a line of text from the bundle stands in; never
 * the container's page with an exception message.
 */
@WebServlet(name = "errorPage", urlPatterns = ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  static final String PATH = "/error-page";

  @Inject transient ErrorPageRenderer pages;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer value && value >= 400 && value < 600 ? value : 500;
    if (request.getDispatcherType() != DispatcherType.ERROR) {
      status = 404; // asked for directly: there is no page here
    }
    String kind = status == 404 ? "not-found" : "error";
    String body;
    String type;
    try {
      body = pages.html(status, kind, request, response);
      type = "text/html;charset=UTF-8";
    } catch (RuntimeException e) {
      String key = status == 404 ? "error.notFound" : "error.server";
      body =
          Objects.requireNonNullElse(
              BundleMessageResolver.message(ErrorPageRenderer.locale(request), key),
              "Error " + status);
      type = "text/plain;charset=UTF-8";
    }
    if (!response.isCommitted()) {
      response.resetBuffer();
      response.setStatus(status);
      response.setContentType(type);
    }
    response.getWriter().write(body);
  }
}
