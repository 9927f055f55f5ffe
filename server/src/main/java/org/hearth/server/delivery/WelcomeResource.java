package org.hearth.server.delivery;

import static org.hearth.server.delivery.GroupMlsResource.groupId;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hearth.protocol.delivery.WelcomeMessage;
import org.hearth.server.identity.CurrentSession;
import org.hearth.server.identity.SignedIn;

/** The Welcome waiting for a newly added member, over HTTP. */
@Path("api/v1/groups/{id}/welcome")
@RequestScoped
@SignedIn
public class WelcomeResource {
  @Inject JoinService joins;
  @Inject CurrentSession session;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public WelcomeMessage welcome(@PathParam("id") String id) {
    return joins.welcome(session.key(), groupId(id));
  }

  @DELETE
  public Response welcomed(@PathParam("id") String id) {
    joins.welcomed(session.key(), groupId(id));
    return Response.noContent().build();
  }
}
