package org.hearth.server.federation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.hearth.federation.protocol.InstanceWire;

/**
 * Serves the signed instance document at {@code /.well-known/hearth-instance}: what another
 * instance's admin fetches to see this instance's fingerprint, and where peers find its key and
 * endpoints. ({@code /.well-known/hearth} stays the plain description for members' clients.)
 */
@Path(".well-known/hearth-instance")
@RequestScoped
public class WellKnownResource {
  @Inject LocalInstance local;

  Clock clock = Clock.systemUTC();

  @GET
  @Produces(InstanceWire.MEDIA_TYPE)
  public Response get() {
    return Response.ok(local.wire(clock.instant()).toJson(), InstanceWire.MEDIA_TYPE).build();
  }
}
