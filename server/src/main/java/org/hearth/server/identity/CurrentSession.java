package org.hearth.server.identity;

import jakarta.enterprise.context.RequestScoped;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.crypto.jose.SessionToken;
import org.hearth.server.api.ApiException;
import org.hearth.server.api.ProblemType;

/** The session of the current request, set by {@link SessionFilter} on {@link SignedIn} calls. */
@RequestScoped
public class CurrentSession {
  private SessionToken token;

  void set(SessionToken token) {
    this.token = token;
  }

  /** The verified session; throws 401 when the request carried none. */
  public SessionToken token() {
    if (token == null) {
      throw new ApiException(ProblemType.UNAUTHORIZED, "Sign in first.");
    }
    return token;
  }

  /** The thumbprint of the signed-in key. */
  public KeyThumbprint key() {
    return token().subject();
  }
}
