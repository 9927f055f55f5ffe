package org.hearth.client.api;

import java.util.List;
import org.hearth.client.GroupId;
import org.hearth.crypto.KeyThumbprint;

/**
 * A group's public descriptor, as the directory and the group's address show it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param facilitationHours {@code null} when the group names none
 */
public record GroupDescriptor(
    GroupId id,
    String name,
    String description,
    List<String> topics,
    String language,
    int sizeCap,
    JoinPolicy joinPolicy,
    String facilitationHours,
    String guidelines,
    int guidelinesVersion,
    boolean listed,
    int retentionDays,
    List<KeyThumbprint> facilitators) {
  public GroupDescriptor {
    topics = List.copyOf(topics);
    facilitators = List.copyOf(facilitators);
  }
}
