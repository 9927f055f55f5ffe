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
import org.hearth.protocol.delivery.Accepted;
import org.hearth.protocol.delivery.MediaTypes;
import org.hearth.server.identity.CurrentSession;
import org.hearth.server.identity.SignedIn;

/** Standalone proposals over HTTP: leaving a group (docs/delivery-api.md). */
@Path("api/v1/groups/{id}/proposals")
@RequestScoped
@SignedIn
public class ProposalResource {
  @Inject HandshakeService handshakes;
  @Inject CurrentSession session;

  @POST
  @Consumes(MediaTypes.MLS)
  @Produces(MediaType.APPLICATION_JSON)
  public Response propose(@PathParam("id") String id, byte[] proposal) {
    Accepted accepted = handshakes.propose(session.key(), groupId(id), proposal);
    return Response.status(Response.Status.CREATED).entity(accepted).build();
  }
}
