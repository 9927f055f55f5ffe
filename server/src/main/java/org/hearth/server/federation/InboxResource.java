package org.hearth.server.federation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.hearth.server.api.ApiException;
import org.hearth.server.api.ClientAddresses;
import org.hearth.server.api.ProblemType;
import org.hearth.server.platform.HearthSettings;

/**
 * The inbox other instances post to, told apart by media type: a peering request ({@value
 * #PEERING_REQUEST}, self-signed, the only thing taken from a non-peer, and it only creates a
 * pending entry), a peering notice ({@value PeerNotifier#PEERING_NOTICE}) and a change notice
 * ({@value PeerNotifier#CHANGE_NOTICE}), both in signed requests. Everything taken answers 202.
 */
@Path("federation/v1/inbox")
@RequestScoped
public class InboxResource {
  /** Media type of a peering request. */
  public static final String PEERING_REQUEST = "application/hearth-peering+json";

  @Inject InboxService inbox;
  @Inject HearthSettings settings;
  @Context HttpServletRequest request;

  @POST
  @Consumes("*/*")
  public Response post(@HeaderParam("Content-Type") String contentType, byte[] body) {
    String type = contentType == null ? "" : contentType.split(";")[0].strip();
    byte[] bytes = body == null ? new byte[0] : body;
    switch (type) {
      case PEERING_REQUEST ->
          inbox.peeringRequest(bytes, ClientAddresses.of(request, settings.clientAddressHeader()));
      case PeerNotifier.PEERING_NOTICE -> inbox.peeringNotice(request, bytes);
      case PeerNotifier.CHANGE_NOTICE -> inbox.changeNotice(request, bytes);
      default ->
          throw new ApiException(
              ProblemType.UNSUPPORTED_MEDIA_TYPE,
              "The inbox takes "
                  + PEERING_REQUEST
                  + ", "
                  + PeerNotifier.PEERING_NOTICE
                  + " or "
                  + PeerNotifier.CHANGE_NOTICE
                  + ".");
    }
    return Response.accepted().build();
  }
}
