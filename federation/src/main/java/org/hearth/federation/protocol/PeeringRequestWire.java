package org.hearth.federation.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A peering request as posted to the target's inbox ({@code application/hearth-peering+json}):
 * {@code {"request": <compact JWS>, "instance": <InstanceWire object>}}. The instance document
 * supplies the key that verifies the request; the request binds the document by its digest.
 *
 * <p>Immutable and thread-safe.
 */
public record PeeringRequestWire(String request, InstanceWire instance) {
  public static final String MEDIA_TYPE = "application/hearth-peering+json";

  public PeeringRequestWire {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(instance, "instance");
  }

  public String toJson() {
    Map<String, Object> inst =
        Map.of("document", instance.document(), "rotations", instance.rotations());
    return new String(
        Json.canonical(Map.of("request", request, "instance", inst)), StandardCharsets.UTF_8);
  }

  public static PeeringRequestWire from(JsonIn in) {
    in.only(Set.of("request", "instance"));
    return new PeeringRequestWire(
        in.string("request", InstanceWire.MAX_JWS), InstanceWire.from(in.object("instance")));
  }
}
