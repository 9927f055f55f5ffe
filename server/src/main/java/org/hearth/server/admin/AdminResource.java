package org.hearth.server.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.hearth.crypto.KeyThumbprint;
import org.hearth.crypto.SignInChallenge;
import org.hearth.crypto.jose.SessionToken;
import org.hearth.server.api.RequestValidator;
import org.hearth.server.identity.CurrentSession;
import org.hearth.server.identity.KeyProofs;
import org.hearth.server.identity.SignedIn;

/** Admin setup and admin keys over JSON. */
@Path("api/v1/admin")
@RequestScoped
public class AdminResource {
  @Inject AdminService admins;
  @Inject RequestValidator validator;
  @Inject CurrentSession session;

  /**
   * The first admin's registration: the setup code from the server's data directory and a signed
   * sign-in challenge (as for {@code POST /api/v1/auth/sessions}).
   */
  public record SetupRequest(
      @NotBlank @Size(max = 64) String setupCode,
      @NotBlank @Size(max = SignInChallenge.MAX_ENCODED_LENGTH) String challenge,
      @NotNull JsonObject publicKey,
      @NotBlank @Size(max = 100) String signature) {}

  /** A key to add as admin key. */
  public record AddKeyRequest(@NotNull JsonObject publicKey) {}

  /** The new admin's session. */
  public record SetupResponse(String token, String subject, long expiresAt) {}

  @POST
  @Path("setup")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response setUp(SetupRequest request) {
    validator.require(request);
    SessionToken token =
        admins.setUp(
            request.setupCode(),
            request.challenge(),
            KeyProofs.publicKey("publicKey", request.publicKey()),
            KeyProofs.base64Url("signature", request.signature()));
    return Response.status(Response.Status.CREATED)
        .entity(
            new SetupResponse(
                token.token(), token.subject().value(), token.expiresAt().getEpochSecond()))
        .build();
  }

  @GET
  @Path("keys")
  @SignedIn
  @Produces(MediaType.APPLICATION_JSON)
  public List<AdminKey> keys() {
    admins.requireAdmin(session.key());
    return admins.keys();
  }

  @POST
  @Path("keys")
  @SignedIn
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response add(AddKeyRequest request) {
    validator.require(request);
    AdminKey added =
        admins.add(session.key(), KeyProofs.publicKey("publicKey", request.publicKey()));
    return Response.status(Response.Status.CREATED).entity(added).build();
  }

  @DELETE
  @Path("keys/{thumbprint}")
  @SignedIn
  public Response revoke(@PathParam("thumbprint") String thumbprint) {
    KeyThumbprint target;
    try {
      target = new KeyThumbprint(thumbprint);
    } catch (IllegalArgumentException e) {
      throw KeyProofs.invalid("thumbprint", "must be an RFC 7638 thumbprint (43 characters)");
    }
    admins.revoke(session.key(), target);
    return Response.noContent().build();
  }
}
