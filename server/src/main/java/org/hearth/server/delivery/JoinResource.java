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
import org.hearth.protocol.delivery.Invite;
import org.hearth.protocol.delivery.InviteRequest;
import org.hearth.protocol.delivery.JoinRequest;
import org.hearth.protocol.delivery.PendingJoin;
import org.hearth.protocol.delivery.WelcomeMessage;
import org.hearth.server.identity.CurrentSession;
import org.hearth.server.identity.SignedIn;

/**
 * Joining and leaving over HTTP: join requests, invite codes, the waiting Welcome, and deleting
 * one's membership.
 */
@Path("api/v1/groups/{id}")
@RequestScoped
@SignedIn
public class JoinResource {
  @Inject JoinService joins;
  @Inject CurrentSession session;

  @POST
  @Path("join-requests")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response request(@PathParam("id") String id, JoinRequest request) {
    byte[] keyPackage = Wire.decode("keyPackage", required(request).keyPackage());
    PendingJoin pending =
        joins.request(session.key(), groupId(id), keyPackage, request.inviteCode());
    return Response.status(Response.Status.CREATED).entity(pending).build();
  }

  @GET
  @Path("join-requests")
  @Produces(MediaType.APPLICATION_JSON)
  public List<PendingJoin> requests(@PathParam("id") String id) {
    return joins.requests(session.key(), groupId(id));
  }

  @GET
  @Path("join-requests/mine")
  @Produces(MediaType.APPLICATION_JSON)
  public PendingJoin mine(@PathParam("id") String id) {
    return joins.mine(session.key(), groupId(id));
  }

  @DELETE
  @Path("join-requests/{requestId}")
  public Response drop(@PathParam("id") String id, @PathParam("requestId") String requestId) {
    joins.drop(session.key(), groupId(id), requestId);
    return Response.noContent().build();
  }

  @POST
  @Path("invites")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response invite(@PathParam("id") String id, InviteRequest request) {
    Invite invite =
        joins.invite(session.key(), groupId(id), request == null ? null : request.validHours());
    return Response.status(Response.Status.CREATED).entity(invite).build();
  }

  @GET
  @Path("welcome")
  @Produces(MediaType.APPLICATION_JSON)
  public WelcomeMessage welcome(@PathParam("id") String id) {
    return joins.welcome(session.key(), groupId(id));
  }

  @DELETE
  @Path("welcome")
  public Response welcomed(@PathParam("id") String id) {
    joins.welcomed(session.key(), groupId(id));
    return Response.noContent().build();
  }

  @DELETE
  @Path("membership")
  public Response leave(@PathParam("id") String id) {
    joins.leave(session.key(), groupId(id));
    return Response.noContent().build();
  }
}
