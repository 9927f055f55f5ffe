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
 * One group's descriptor, and sharing or handing over its facilitator role. Rooted at {@code
 * api/v1/groups/{id}} like the delivery API's resources: JAX-RS picks the root resources with the
 * longest literal path first and looks no further, so these would be unreachable as sub-resources
 * of {@code api/v1/groups}.
 */
@Path("api/v1/groups/{id}")
@RequestScoped
public class GroupDescriptorResource {
  @Inject GroupService groups;
  @Inject CurrentSession session;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public GroupDescriptor get(@PathParam("id") String id) {
    return groups.get(GroupResource.parse(id));
  }

  @PUT
  @Path("facilitators/{thumbprint}")
  @SignedIn
  @Produces(MediaType.APPLICATION_JSON)
  public GroupDescriptor grant(
      @PathParam("id") String id, @PathParam("thumbprint") String thumbprint) {
    return groups.grantFacilitator(session.key(), GroupResource.parse(id), key(thumbprint));
  }

  @DELETE
  @Path("facilitators/{thumbprint}")
  @SignedIn
  @Produces(MediaType.APPLICATION_JSON)
  public GroupDescriptor revoke(
      @PathParam("id") String id, @PathParam("thumbprint") String thumbprint) {
    return groups.revokeFacilitator(session.key(), GroupResource.parse(id), key(thumbprint));
  }

  private static KeyThumbprint key(String text) {
    if (text == null || !text.matches("[A-Za-z0-9_-]{43}")) {
      throw KeyProofs.invalid("thumbprint", "must be a key thumbprint (43 characters)");
    }
    return new KeyThumbprint(text);
  }
}
