package org.hearth.server.delivery;

import static org.hearth.server.delivery.GroupMlsResource.groupId;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.hearth.server.identity.CurrentSession;
import org.hearth.server.identity.SignedIn;

/** Leaving over HTTP: deleting what the server holds about one's key in a group. */
@Path("api/v1/groups/{id}/membership")
@RequestScoped
@SignedIn
public class MembershipResource {
  @Inject JoinService joins;
  @Inject CurrentSession session;

  @DELETE
  public Response leave(@PathParam("id") String id) {
    joins.leave(session.key(), groupId(id));
    return Response.noContent().build();
  }
}
