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
 * @param homeName for a group another instance shared ({@code remote}), that instance's name
 * @param homeUrl for a remote group, its home instance's base URL
 * @param joinUrl for a remote group, its page on its home instance, where members join it
 * @param ageSeconds for a remote group, seconds since its home instance last confirmed it
 * @param stale whether the copy may be out of date
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
    List<KeyThumbprint> facilitators,
    String homeName,
    String homeUrl,
    String joinUrl,
    boolean remote,
    Long ageSeconds,
    boolean stale) {
  public GroupDescriptor {
    topics = List.copyOf(topics);
    facilitators = List.copyOf(facilitators);
  }
}
