package org.hearth.server.delivery;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hearth.protocol.delivery.GroupState;
import org.hearth.protocol.delivery.StartGroupRequest;
import org.hearth.server.api.ApiException;
import org.hearth.server.api.ProblemType;
import org.hearth.server.groups.GroupId;
import org.hearth.server.identity.CurrentSession;
import org.hearth.server.identity.KeyProofs;
import org.hearth.server.identity.SignedIn;

/**
 * A group's MLS state over HTTP: starting the group and reading its current epoch
 * (docs/delivery-api.md).
 */
@Path("api/v1/groups/{id}/mls")
@RequestScoped
@SignedIn
public class GroupMlsResource {
  @Inject HandshakeService handshakes;
  @Inject MessageService messages;
  @Inject CurrentSession session;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response start(@PathParam("id") String id, StartGroupRequest request) {
    byte[] groupInfo = Wire.decode("groupInfo", required(request).groupInfo());
    GroupState state = handshakes.start(session.key(), groupId(id), groupInfo);
    return Response.status(Response.Status.CREATED).entity(state).build();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public GroupState state(@PathParam("id") String id) {
    return messages.state(session.key(), groupId(id));
  }

  /** A group id from the path; an id that cannot exist is simply not found. */
  static GroupId groupId(String id) {
    try {
      return GroupId.parse(id);
    } catch (IllegalArgumentException e) {
      throw new ApiException(ProblemType.NOT_FOUND, "There is no such group.");
    }
  }

  static <T> T required(T body) {
    if (body == null) {
      throw KeyProofs.invalid("body", "is required");
    }
    return body;
  }
}
