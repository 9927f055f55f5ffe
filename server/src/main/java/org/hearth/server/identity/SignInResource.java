package org.hearth.server.identity;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hearth.crypto.Ed25519PublicKey;
import org.hearth.crypto.SignInChallenge;
import org.hearth.crypto.jose.SessionToken;
import org.hearth.server.api.RequestValidator;

/** Sign-in over JSON: ask for a challenge, answer it with a signature, get a session token. */
@Path("api/v1/auth")
@RequestScoped
public class SignInResource {
  @Inject SignInService service;
  @Inject RequestValidator validator;
  @Inject CurrentSession session;
  @Inject SessionRevocations revocations;

  /** A challenge to sign, valid for a few minutes and for one answer. */
  public record ChallengeResponse(String challenge, long expiresAt) {}

  /**
   * The answer to a challenge.
   *
   * @param publicKey the signing key as an Ed25519 JSON Web Key (RFC 8037)
   * @param signature the Ed25519 signature of the challenge text, base64url
   */
  public record SignInRequest(
      @NotBlank @Size(max = SignInChallenge.MAX_ENCODED_LENGTH) String challenge,
      @NotNull JsonObject publicKey,
      @NotBlank @Size(max = 100) String signature) {}

  /** A session: the bearer token, its subject (the key's thumbprint) and its expiry. */
  public record SessionResponse(String token, String subject, long expiresAt) {
    static SessionResponse of(SessionToken token) {
      return new SessionResponse(
          token.token(), token.subject().value(), token.expiresAt().getEpochSecond());
    }

    SessionResponse withoutToken() {
      return new SessionResponse(null, subject, expiresAt);
    }
  }

  @POST
  @Path("challenges")
  @Produces(MediaType.APPLICATION_JSON)
  public Response challenge() {
    SignInChallenge challenge = service.issueChallenge();
    return Response.status(Response.Status.CREATED)
        .entity(new ChallengeResponse(challenge.encode(), challenge.expiresAt().getEpochSecond()))
        .build();
  }

  @POST
  @Path("sessions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response signIn(SignInRequest request) {
    validator.require(request);
    Ed25519PublicKey key = KeyProofs.publicKey("publicKey", request.publicKey());
    byte[] signature = KeyProofs.base64Url("signature", request.signature());
    SessionToken token = service.signIn(request.challenge(), key, signature);
    return Response.status(Response.Status.CREATED).entity(SessionResponse.of(token)).build();
  }

  /** The current session: whose key it is and when it ends. */
  @GET
  @Path("sessions/current")
  @SignedIn
  @Produces(MediaType.APPLICATION_JSON)
  public SessionResponse current() {
    return SessionResponse.of(session.token()).withoutToken();
  }

  /** Signs out: the token stops working on every node at once. */
  @DELETE
  @Path("sessions/current")
  @SignedIn
  public Response signOut() {
    revocations.revoke(session.token());
    return Response.noContent().build();
  }
}
