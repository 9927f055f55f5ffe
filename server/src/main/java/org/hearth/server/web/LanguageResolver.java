package org.hearth.server.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mvc.locale.LocaleResolver;
import jakarta.mvc.locale.LocaleResolverContext;
import jakarta.ws.rs.core.Cookie;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks the language of a page: the one the person chose with the switcher (a cookie kept only in
 * their browser), else the first supported language of {@code Accept-Language}, else English.
 */
@ApplicationScoped
@Priority(100)
public class LanguageResolver implements LocaleResolver {
  /** The languages Hearth's pages are written in; the first is the fallback. */
  public static final List<String> SUPPORTED = List.of("en", "sw");

  /** The cookie in which the browser remembers a chosen language. */
  public static final String COOKIE = "hearth-lang";

  @Override
  public Locale resolveLocale(LocaleResolverContext context) {
    Cookie chosen = context.getCookie(COOKIE);
    return resolve(chosen == null ? null : chosen.getValue(), context.getAcceptableLanguages());
  }

  /**
   * The language for a chosen cookie value (may be null) and the acceptable languages in order of
   * preference: the same rule for pages rendered by Krazo and for error pages rendered outside it.
   */
  public static Locale resolve(String chosen, List<Locale> acceptable) {
    return supported(chosen)
        .or(
            () ->
                acceptable.stream()
                    .map(Locale::getLanguage)
                    .map(LanguageResolver::supported)
                    .flatMap(Optional::stream)
                    .findFirst())
        .orElse(Locale.ENGLISH);
  }

  /** The supported locale for a language code, if Hearth speaks it. */
  public static Optional<Locale> supported(String language) {
    return language != null && SUPPORTED.contains(language)
        ? Optional.of(Locale.forLanguageTag(language))
        : Optional.empty();
  }
}
