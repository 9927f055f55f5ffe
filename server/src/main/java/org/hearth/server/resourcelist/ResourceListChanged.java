package org.hearth.server.resourcelist;

/** A CDI event: the admin changed this instance's resource list. */
public record ResourceListChanged() {}
