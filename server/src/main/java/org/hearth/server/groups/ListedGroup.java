package org.hearth.server.groups;

import java.time.Instant;

/** A listed group of this instance and when its public descriptor last changed. */
public record ListedGroup(GroupDescriptor descriptor, Instant updatedAt) {}
