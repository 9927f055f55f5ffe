package org.hearth.server.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.RedirectionException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.crypto.VerificationException;
import org.hearth.crypto.jose.SessionToken;
import org.hearth.server.admin.AdminService;
import org.hearth.server.identity.SessionRevocations;
import org.hearth.server.identity.SignInService;

/**
 * The console's session: the admin's session token (the same JWT the API issues) in an HttpOnly,
 * SameSite=Strict cookie scoped to {@code /admin}, so the pages are plain forms that work without
 * JavaScript. Every request re-checks the token's signature, expiry and revocation, and that its
 * key is still an active admin key.
 */
@RequestScoped
public class ConsoleSession {
  static final String COOKIE = "hearth-admin";
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_.-]{20,2000}");

  @Inject HttpServletRequest request;
  @Inject SignInService signIn;
  @Inject SessionRevocations revocations;
  @Inject AdminService admins;

  private SessionToken current;

  /** The signed-in admin's key, or a redirect to the sign-in page. */
  public KeyThumbprint requireAdmin() {
    return token()
        .map(SessionToken::subject)
        .orElseThrow(
            () ->
                new RedirectionException(
                    Response.Status.SEE_OTHER, URI.create(path("/admin/sign-in"))));
  }

  /** The verified session of an active admin key, when the request carries one. */
  public Optional<SessionToken> token() {
    if (current == null) {
      current = fromCookie().flatMap(this::check).orElse(null);
    }
    return Optional.ofNullable(current);
  }

  /** Checks a token as the API would, plus that its key is an admin key now. */
  Optional<SessionToken> check(String text) {
    if (text == null || !TOKEN.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      SessionToken token = signIn.verify(text);
      if (revocations.isRevoked(token.jti()) || !admins.isAdmin(token.subject())) {
        return Optional.empty();
      }
      return Optional.of(token);
    } catch (VerificationException e) {
      return Optional.empty();
    }
  }

  /** Starts the console session with {@code token} (already checked). */
  void start(SessionToken token, String text, HttpServletResponse response) {
    long seconds = Duration.between(Instant.now(), token.expiresAt()).toSeconds();
    response.addCookie(cookie(text, (int) Math.max(0, seconds)));
    current = token;
  }

  /** Ends the console session: the token is revoked everywhere and the cookie dropped. */
  void end(HttpServletResponse response) {
    token().ifPresent(revocations::revoke);
    response.addCookie(cookie("", 0));
    current = null;
  }

  String path(String path) {
    return request.getContextPath() + path;
  }

  private Optional<String> fromCookie() {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    for (Cookie cookie : cookies) {
      if (COOKIE.equals(cookie.getName())) {
        return Optional.of(cookie.getValue());
      }
    }
    return Optional.empty();
  }

  private Cookie cookie(String value, int maxAge) {
    Cookie cookie = new Cookie(COOKIE, value);
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setPath(path("/admin"));
    cookie.setMaxAge(maxAge);
    cookie.setAttribute("SameSite", "Strict");
    return cookie;
  }
}
