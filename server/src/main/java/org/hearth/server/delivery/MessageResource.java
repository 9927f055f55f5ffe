package org.hearth.server.delivery;

import static org.hearth.server.delivery.GroupMlsResource.groupId;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hearth.protocol.delivery.Accepted;
import org.hearth.protocol.delivery.MediaTypes;
import org.hearth.protocol.delivery.MessagePage;
import org.hearth.server.identity.CurrentSession;
import org.hearth.server.identity.SignedIn;

/** A group's message sequence over HTTP: send, read after a sequence number, delete one's own. */
@Path("api/v1/groups/{id}/messages")
@RequestScoped
@SignedIn
public class MessageResource {
  @Inject MessageService messages;
  @Inject CurrentSession session;

  @POST
  @Consumes(MediaTypes.MLS)
  @Produces(MediaType.APPLICATION_JSON)
  public Response send(@PathParam("id") String id, byte[] message) {
    Accepted accepted = messages.send(session.key(), groupId(id), message);
    return Response.status(Response.Status.CREATED).entity(accepted).build();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public MessagePage read(
      @PathParam("id") String id,
      @QueryParam("after") @DefaultValue("0") long after,
      @QueryParam("limit") Integer limit) {
    return messages.page(session.key(), groupId(id), after, limit);
  }

  @DELETE
  @Path("{seq}")
  public Response delete(@PathParam("id") String id, @PathParam("seq") long seq) {
    messages.delete(session.key(), groupId(id), seq);
    return Response.noContent().build();
  }
}
