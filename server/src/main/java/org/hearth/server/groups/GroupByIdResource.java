package org.hearth.server.groups;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.server.identity.CurrentSession;
import org.hearth.server.identity.KeyProofs;
import org.hearth.server.identity.SignedIn;

/**
 * One group over JSON: its descriptor, and sharing or handing over its facilitator role. (Every
 * resource under a group's address shares this root path, so that the address itself resolves.)
 */
@Path("api/v1/groups/{id}")
@RequestScoped
public class GroupByIdResource {
  @Inject GroupService groups;
  @Inject CurrentSession session;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public GroupDescriptor get(@PathParam("id") String id) {
    return groups.get(parse(id));
  }

  @PUT
  @Path("facilitators/{thumbprint}")
  @SignedIn
  @Produces(MediaType.APPLICATION_JSON)
  public GroupDescriptor grant(
      @PathParam("id") String id, @PathParam("thumbprint") String thumbprint) {
    return groups.grantFacilitator(session.key(), parse(id), thumbprint(thumbprint));
  }

  @DELETE
  @Path("facilitators/{thumbprint}")
  @SignedIn
  @Produces(MediaType.APPLICATION_JSON)
  public GroupDescriptor revoke(
      @PathParam("id") String id, @PathParam("thumbprint") String thumbprint) {
    return groups.revokeFacilitator(session.key(), parse(id), thumbprint(thumbprint));
  }

  private static KeyThumbprint thumbprint(String text) {
    if (text == null || !text.matches("[A-Za-z0-9_-]{43}")) {
      throw KeyProofs.invalid("thumbprint", "must be a key thumbprint (43 characters)");
    }
    return new KeyThumbprint(text);
  }

  private static GroupId parse(String id) {
    return GroupResource.parse(id);
  }
}
