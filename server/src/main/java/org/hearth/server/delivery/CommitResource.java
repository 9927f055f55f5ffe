package org.hearth.server.delivery;

import static org.hearth.server.delivery.GroupMlsResource.groupId;
import static org.hearth.server.delivery.GroupMlsResource.required;

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
import org.hearth.protocol.delivery.CommitRequest;
import org.hearth.server.identity.CurrentSession;
import org.hearth.server.identity.SignedIn;

/** Commits over HTTP: the only way a group changes (docs/delivery-api.md). */
@Path("api/v1/groups/{id}/commits")
@RequestScoped
@SignedIn
public class CommitResource {
  @Inject HandshakeService handshakes;
  @Inject CurrentSession session;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response commit(@PathParam("id") String id, CommitRequest request) {
    required(request);
    byte[] commit = Wire.decode("commit", request.commit());
    byte[] groupInfo = Wire.decode("groupInfo", request.groupInfo());
    byte[] welcome = request.welcome() == null ? null : Wire.decode("welcome", request.welcome());
    Accepted accepted = handshakes.commit(session.key(), groupId(id), commit, groupInfo, welcome);
    return Response.status(Response.Status.CREATED).entity(accepted).build();
  }
}
