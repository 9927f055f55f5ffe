package org.hearth.server.federation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.hearth.server.admin.AdminService;
import org.hearth.server.identity.CurrentSession;
import org.hearth.server.identity.SignedIn;

/**
 * The admin's key rotation API under {@code /api/v1/admin/federation/key-rotations}: the chain of
 * this instance's rotations, and rotating to a new instance key.
 */
@Path("api/v1/admin/federation/key-rotations")
@RequestScoped
@SignedIn
public class KeyRotationResource {
  @Inject AdminService admins;
  @Inject CurrentSession session;
  @Inject KeyRotations rotations;

  /** The rotations, oldest first. */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<KeyRotations.RotationView> list() {
    admins.requireAdmin(session.key());
    return rotations.list();
  }

  /** Makes a new instance key, announced under the current one; 201 with the rotation. */
  @POST
  @Produces(MediaType.APPLICATION_JSON)
  public Response rotate() {
    admins.requireAdmin(session.key());
    KeyRotations.RotationView done = rotations.rotate();
    return Response.created(URI.create("api/v1/admin/federation/key-rotations"))
        .entity(done)
        .build();
  }
}
