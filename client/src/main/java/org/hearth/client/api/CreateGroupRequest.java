package org.hearth.client.api;

import java.util.List;
import java.util.Objects;
import org.hearth.crypto.KeyThumbprint;

/**
 * A new group's descriptor. {@code null} optional fields take the instance's defaults; the server
 * checks every field and answers a validation problem naming the ones at fault.
 *
 * <p>Immutable and thread-safe.
 *
 * @param facilitators the facilitators' key thumbprints; empty makes the creating key facilitate
 */
public record CreateGroupRequest(
    String name,
    String description,
    List<String> topics,
    String language,
    Integer sizeCap,
    JoinPolicy joinPolicy,
    String facilitationHours,
    String guidelines,
    Boolean listed,
    Integer retentionDays,
    List<KeyThumbprint> facilitators) {
  public CreateGroupRequest {
    topics = topics == null ? List.of() : List.copyOf(topics);
    facilitators = facilitators == null ? List.of() : List.copyOf(facilitators);
    Objects.requireNonNull(joinPolicy, "joinPolicy");
  }

  /** A request with the required fields and the instance defaults for the rest. */
  public static CreateGroupRequest of(
      String name, String description, String language, JoinPolicy joinPolicy, String guidelines) {
    return new CreateGroupRequest(
        name,
        description,
        List.of(),
        language,
        null,
        joinPolicy,
        null,
        guidelines,
        null,
        null,
        List.of());
  }
}
