package org.hearth.server.platform;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.krazo.security.CsrfToken;
import org.eclipse.krazo.security.CsrfTokenStrategy;

/**
 * Keeps the CSRF token of page forms in a cookie (double submit): no server session, so any node
 * checks any form and a page view leaves nothing on the server. The cookie is HttpOnly,
 * SameSite=Strict and Secure over HTTPS. (Krazo's own cookie strategy fails on requests without
 * cookies.)
 */
public final class CookieCsrfTokens implements CsrfTokenStrategy {
  /** The form field Krazo checks, as in its default configuration. */
  public static final String PARAM = "_csrf";

  /** The header Krazo checks and sends the token in. */
  public static final String HEADER = "X-CSRF-TOKEN";

  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String cookieName;

  public CookieCsrfTokens(String cookieName) {
    this.cookieName = cookieName;
  }

  @Override
  public Optional<CsrfToken> getToken(
      HttpServletRequest request, HttpServletResponse response, boolean create) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (cookieName.equals(cookie.getName()) && TOKEN.matcher(cookie.getValue()).matches()) {
          return Optional.of(new CsrfToken(HEADER, PARAM, cookie.getValue()));
        }
      }
    }
    if (!create) {
      return Optional.empty();
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Cookie cookie = new Cookie(cookieName, value);
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    cookie.setAttribute("SameSite", "Strict");
    response.addCookie(cookie);
    return Optional.of(new CsrfToken(HEADER, PARAM, value));
  }
}
