package org.hearth.server.delivery;

import static org.hearth.server.delivery.GroupMlsResource.groupId;
import static org.hearth.server.delivery.GroupMlsResource.required;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.hearth.protocol.delivery.JoinRequest;
import org.hearth.protocol.delivery.PendingJoin;
import org.hearth.server.identity.CurrentSession;
import org.hearth.server.identity.SignedIn;

/** Join requests over HTTP: asking to join, and facilitators answering. */
@Path("api/v1/groups/{id}/join-requests")
@RequestScoped
@SignedIn
public class JoinRequestResource {
  @Inject JoinService joins;
  @Inject CurrentSession session;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response request(@PathParam("id") String id, JoinRequest request) {
    byte[] keyPackage = Wire.decode("keyPackage", required(request).keyPackage());
    PendingJoin pending =
        joins.request(session.key(), groupId(id), keyPackage, request.inviteCode());
    return Response.status(Response.Status.CREATED).entity(pending).build();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<PendingJoin> requests(@PathParam("id") String id) {
    return joins.requests(session.key(), groupId(id));
  }

  @GET
  @Path("mine")
  @Produces(MediaType.APPLICATION_JSON)
  public PendingJoin mine(@PathParam("id") String id) {
    return joins.mine(session.key(), groupId(id));
  }

  @DELETE
  @Path("{requestId}")
  public Response drop(@PathParam("id") String id, @PathParam("requestId") String requestId) {
    joins.drop(session.key(), groupId(id), requestId);
    return Response.noContent().build();
  }
}
