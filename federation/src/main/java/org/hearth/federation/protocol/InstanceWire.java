package org.hearth.federation.protocol;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What {@code /.well-known/hearth-instance} serves ({@code application/hearth-instance+json}):
 * {@code {"document": <compact JWS>, "rotations": [<compact JWS>, ...]}}. The rotations, oldest
 * first, chain from any earlier key to the key that signed the document, each signed by the key
 * before it; an instance that never rotated sends an empty list.
 *
 * <p>Immutable and thread-safe.
 */
public record InstanceWire(String document, List<String> rotations) {
  public static final String MEDIA_TYPE = "application/hearth-instance+json";

  /** Most rotations carried: enough for years of yearly rotation. */
  public static final int MAX_ROTATIONS = 16;

  /** Longest instance document or rotation accepted, in characters of compact JWS. */
  public static final int MAX_JWS = 16 * 1024;

  public InstanceWire {
    Objects.requireNonNull(document, "document");
    rotations = List.copyOf(rotations);
  }

  public String toJson() {
    return new String(
        Json.canonical(Map.of("document", document, "rotations", rotations)),
        StandardCharsets.UTF_8);
  }

  public static InstanceWire from(JsonIn in) {
    in.only(Set.of("document", "rotations"));
    return new InstanceWire(
        in.string("document", MAX_JWS), in.strings("rotations", MAX_ROTATIONS, MAX_JWS));
  }
}
