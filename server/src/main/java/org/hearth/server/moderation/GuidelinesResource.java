package org.hearth.server.moderation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hearth.protocol.moderation.GuidelinesAcceptance;
import org.hearth.protocol.moderation.GuidelinesStatus;
import org.hearth.server.identity.CurrentSession;
import org.hearth.server.identity.KeyProofs;
import org.hearth.server.identity.SignedIn;

/** A group's guidelines versions over HTTP: what this key accepted, accepting, publishing. */
@Path("api/v1/groups/{id}/guidelines")
@RequestScoped
@SignedIn
public class GuidelinesResource {
  @Inject GuidelinesService guidelines;
  @Inject CurrentSession session;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public GuidelinesStatus status(@PathParam("id") String id) {
    return guidelines.status(session.key(), ReportResource.groupId(id));
  }

  @POST
  @Path("acceptance")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public GuidelinesStatus accept(@PathParam("id") String id, GuidelinesAcceptance body) {
    if (body == null) {
      throw KeyProofs.invalid("body", "is required");
    }
    return guidelines.accept(session.key(), ReportResource.groupId(id), body.version());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public GuidelinesStatus publish(@PathParam("id") String id, GuidelinesAcceptance body) {
    if (body == null) {
      throw KeyProofs.invalid("body", "is required");
    }
    return guidelines.publish(session.key(), ReportResource.groupId(id), body.guidelines());
  }
}
