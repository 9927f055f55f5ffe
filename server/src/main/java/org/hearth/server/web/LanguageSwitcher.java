package org.hearth.server.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The language switcher every page shows, available to templates as {@code languages}: one link per
 * supported language, each named in its own language, leading back to the page it was chosen on.
 */
@Named("languages")
@RequestScoped
public class LanguageSwitcher {
  @Inject HttpServletRequest request;

  /** One language in the switcher. */
  public record Choice(String code, String name, String href) {
    public String getCode() {
      return code;
    }

    public String getName() {
      return name;
    }

    public String getHref() {
      return href;
    }
  }

  public List<Choice> getChoices() {
    return choices(request);
  }

  /** The choices for {@code request}, also for pages rendered outside a controller. */
  public static List<Choice> choices(HttpServletRequest request) {
    String context = request.getContextPath();
    // On the container's error page the page asked for is the one to return to.
    Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String uri = failed instanceof String value ? value : request.getRequestURI();
    String back = uri.startsWith(context) ? uri.substring(context.length()) : "/";
    if (failed == null && request.getQueryString() != null) {
      back = back + "?" + request.getQueryString();
    }
    String here = LanguageController.safeReturnPath(back).orElse("/");
    return LanguageResolver.SUPPORTED.stream()
        .map(
            code -> {
              Locale locale = Locale.forLanguageTag(code);
              return new Choice(
                  code,
                  locale.getDisplayLanguage(locale),
                  context
                      + "/language/"
                      + code
                      + "?back="
                      + URLEncoder.encode(here, StandardCharsets.UTF_8));
            })
        .toList();
  }
}
