package org.hearth.server.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hearth.server.identity.CurrentSession;
import org.hearth.server.identity.SessionRevocations;
import org.hearth.server.identity.SignedIn;

/**
 * {@code /api/v1/me/data}: the signed-in key sees everything Hearth holds about it, or erases it.
 * Erasing also ends the session. The key's leaf stays in its groups' MLS trees until a member
 * commits its removal: leaving a group first asks for that.
 */
@Path("api/v1/me/data")
@RequestScoped
@SignedIn
public class MyDataResource {
  @Inject CurrentSession session;
  @Inject KeyDataService data;
  @Inject SessionRevocations revocations;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public KeyDataService.KeyDataExport mine() {
    return data.export(session.key());
  }

  @DELETE
  @Produces(MediaType.APPLICATION_JSON)
  public KeyDataService.Erased erase() {
    KeyDataService.Erased erased = data.erase(session.key());
    revocations.revoke(session.token());
    return erased;
  }
}
