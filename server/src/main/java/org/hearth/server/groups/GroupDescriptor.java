package org.hearth.server.groups;

import java.util.List;

/**
 * What anyone may know about a group: the public descriptor shown in the directory and on the
 * group's page. Facilitators appear only as key thumbprints.
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
    List<String> facilitators) {}
