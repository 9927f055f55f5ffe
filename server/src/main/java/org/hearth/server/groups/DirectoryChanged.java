package org.hearth.server.groups;

/** A CDI event: this instance's directory of listed groups changed. */
public record DirectoryChanged() {}
