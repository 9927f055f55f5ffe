package org.hearth.server.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hearth.protocol.moderation.NotificationAddressRequest;
import org.hearth.protocol.moderation.NotificationSetting;
import org.hearth.server.api.ApiException;
import org.hearth.server.api.ProblemType;
import org.hearth.server.groups.GroupId;
import org.hearth.server.identity.CurrentSession;
import org.hearth.server.identity.KeyProofs;
import org.hearth.server.identity.SignedIn;

/**
 * {@code /api/v1/groups/{id}/notification}: a facilitator's e-mail notice for the group, to see,
 * set and remove.
 */
@Path("api/v1/groups/{id}/notification")
@RequestScoped
@SignedIn
public class NotificationResource {
  @Inject NotificationService notices;
  @Inject CurrentSession session;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public NotificationSetting get(@PathParam("id") String id) {
    return notices.setting(session.key(), groupId(id));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public NotificationSetting put(@PathParam("id") String id, NotificationAddressRequest request) {
    if (request == null) {
      throw KeyProofs.invalid("body", "is required");
    }
    return notices.opt(session.key(), groupId(id), request.address());
  }

  @DELETE
  public Response delete(@PathParam("id") String id) {
    notices.remove(session.key(), groupId(id));
    return Response.noContent().build();
  }

  private static GroupId groupId(String id) {
    try {
      return GroupId.parse(id);
    } catch (IllegalArgumentException e) {
      throw new ApiException(ProblemType.NOT_FOUND, "There is no such group.");
    }
  }
}
