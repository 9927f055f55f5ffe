package org.hearth.server.resourcelist;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.hearth.server.admin.AdminService;
import org.hearth.server.api.RequestValidator;
import org.hearth.server.identity.CurrentSession;
import org.hearth.server.identity.SignedIn;

/** The admin manages this instance's resource list: {@code /api/v1/admin/resources}. */
@Path("api/v1/admin/resources")
@RequestScoped
@SignedIn
public class ResourceAdminResource {
  @Inject ResourceListService list;
  @Inject ResourceEditService edits;
  @Inject AdminService admins;
  @Inject CurrentSession session;
  @Inject RequestValidator validator;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<ManagedResource> all() {
    admins.requireAdmin(session.key());
    return list.managed();
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public ManagedResource get(@PathParam("id") String id) {
    admins.requireAdmin(session.key());
    return edits.get(id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response create(ResourceRequest request) {
    admins.requireAdmin(session.key());
    ManagedResource created = edits.create(validator.require(request));
    return Response.created(URI.create("api/v1/admin/resources/" + created.id()))
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public ManagedResource replace(@PathParam("id") String id, ResourceRequest request) {
    admins.requireAdmin(session.key());
    return edits.replace(id, validator.require(request));
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    admins.requireAdmin(session.key());
    edits.delete(id);
    return Response.noContent().build();
  }
}
