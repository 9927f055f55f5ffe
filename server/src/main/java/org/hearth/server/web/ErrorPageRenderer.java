package org.hearth.server.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.eclipse.krazo.ext.thymeleaf.JakartaServletWebApplicationWrapper;
import org.hearth.server.platform.HearthSettings;
import org.thymeleaf.context.WebContext;

/**
 * Renders the plain error page people see instead of a stack trace: what went wrong in words, and
 * the way home and to help.
 */
@ApplicationScoped
public class ErrorPageRenderer {
  @Inject TemplateEngineProducer engines;
  @Inject JakartaServletWebApplicationWrapper application;
  @Inject HearthSettings settings;
  @Inject ClientAssets client;

  /**
   * An HTML response for {@code status}; {@code problemType} names the kind of problem.
   *
   * <p>Without the servlet request (outside a request) it falls back to a one-line text.
   */
  public Response render(
      int status, String problemType, HttpServletRequest request, HttpServletResponse response) {
    if (request == null || response == null) {
      return Response.status(status).type(MediaType.TEXT_PLAIN).entity("Error " + status).build();
    }
    String html =
        html(status, problemType.substring(problemType.lastIndexOf(':') + 1), request, response);
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(html)
        .build();
  }

  /** The error page for {@code status} and problem {@code kind} in the reader's language. */
  String html(int status, String kind, HttpServletRequest request, HttpServletResponse response) {
    WebContext context =
        new WebContext(application.get().buildExchange(request, response), locale(request));
    context.setVariable("site", new ErrorSite(settings));
    context.setVariable("client", client);
    context.setVariable("languages", new ErrorLanguages(LanguageSwitcher.choices(request)));
    context.setVariable("status", status);
    context.setVariable("kind", kind);
    return engines.templateEngine().process("error.html", context);
  }

  /**
   * The reader's language by the same rule as every other page: their choice, then the browser's.
   */
  static Locale locale(HttpServletRequest request) {
    String chosen = null;
    if (request.getCookies() != null) {
      for (Cookie cookie : request.getCookies()) {
        if (LanguageResolver.COOKIE.equals(cookie.getName())) {
          chosen = cookie.getValue();
        }
      }
    }
    return LanguageResolver.resolve(chosen, Collections.list(request.getLocales()));
  }

  /** The language switcher for pages rendered outside a controller. */
  public record ErrorLanguages(List<LanguageSwitcher.Choice> choices) {
    public List<LanguageSwitcher.Choice> getChoices() {
      return choices;
    }
  }

  /** The instance facts the layout needs, for pages rendered outside a controller. */
  public record ErrorSite(String name, String description, String theme) {
    ErrorSite(HearthSettings settings) {
      this(settings.instanceName(), settings.instanceDescription(), settings.theme());
    }

    public String getName() {
      return name;
    }

    public String getDescription() {
      return description;
    }

    public String getTheme() {
      return theme;
    }
  }
}
