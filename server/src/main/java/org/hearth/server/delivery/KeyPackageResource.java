package org.hearth.server.delivery;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.hearth.crypto.KeyThumbprint;
import org.hearth.server.api.RequestValidator;
import org.hearth.server.identity.CurrentSession;
import org.hearth.server.identity.SignedIn;

/**
 * KeyPackages over HTTP. Uploads are the MLSMessage bytes with media type {@code message/mls} (RFC
 * 9420 section 17.10); a claim answers with those bytes.
 */
@Path("api/v1/key-packages")
@RequestScoped
@SignedIn
public class KeyPackageResource {
  /** The media type of MLS messages (RFC 9420 section 17.10). */
  public static final String MLS = "message/mls";

  @Inject KeyPackageService keyPackages;
  @Inject CurrentSession session;
  @Inject RequestValidator validator;

  /** Whose KeyPackage to claim. */
  public record ClaimRequest(
      @NotNull
          @Pattern(
              regexp = "[A-Za-z0-9_-]{43}",
              message = "must be a key thumbprint (43 characters)")
          String thumbprint) {}

  /** An upload's receipt: when this KeyPackage expires here, and how many of the key's wait. */
  public record Uploaded(long expiresAt, long waiting) {}

  /** How many KeyPackages of the signed-in key are waiting. */
  public record Waiting(long waiting) {}

  @POST
  @Consumes(MLS)
  @Produces(MediaType.APPLICATION_JSON)
  public Response upload(byte[] keyPackage) {
    Instant expires = keyPackages.upload(session.key(), keyPackage);
    return Response.status(Response.Status.CREATED)
        .entity(new Uploaded(expires.getEpochSecond(), keyPackages.waiting(session.key())))
        .build();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Waiting mine() {
    return new Waiting(keyPackages.waiting(session.key()));
  }

  @POST
  @Path("claim")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MLS)
  public byte[] claim(ClaimRequest request) {
    validator.require(request);
    return keyPackages.claim(session.key(), new KeyThumbprint(request.thumbprint()));
  }
}
