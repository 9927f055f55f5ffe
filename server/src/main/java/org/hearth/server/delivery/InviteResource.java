package org.hearth.server.delivery;

import static org.hearth.server.delivery.GroupMlsResource.groupId;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hearth.protocol.delivery.Invite;
import org.hearth.protocol.delivery.InviteRequest;
import org.hearth.server.identity.CurrentSession;
import org.hearth.server.identity.SignedIn;

/** Invite codes over HTTP, for invite-only groups. */
@Path("api/v1/groups/{id}/invites")
@RequestScoped
@SignedIn
public class InviteResource {
  @Inject JoinService joins;
  @Inject CurrentSession session;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response invite(@PathParam("id") String id, InviteRequest request) {
    Invite invite =
        joins.invite(session.key(), groupId(id), request == null ? null : request.validHours());
    return Response.status(Response.Status.CREATED).entity(invite).build();
  }
}
