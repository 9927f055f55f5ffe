package org.hearth.server.groups;

import java.util.List;

/**
 * What anyone may know about a group: the public descriptor shown in the directory and on the
 * group's page. Facilitators appear only as key thumbprints.
 *
 * <p>The directory also lists groups that peers shared ({@code remote}): those live on their home
 * instance, where members read their guidelines and join them through {@code joinUrl}; their
 * guidelines, retention and facilitators are not known here (empty, 0).
 *
 * @param homeName for a remote group, the instance it lives on (its name, or its address)
 * @param homeUrl for a remote group, that instance's base URL
 * @param joinUrl for a remote group, its page on its home instance
 * @param ageSeconds for a remote group, seconds since its instance last confirmed it
 * @param stale whether that is long enough ago that it may be out of date
 */
public record GroupDescriptor(
    String id,
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
    List<String> facilitators,
    String homeName,
    String homeUrl,
    String joinUrl,
    boolean remote,
    Long ageSeconds,
    boolean stale) {}
