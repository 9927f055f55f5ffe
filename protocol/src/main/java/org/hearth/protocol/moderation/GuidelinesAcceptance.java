package org.hearth.protocol.moderation;

/**
 * Accepting a group's guidelines, or (by facilitators) publishing new ones.
 *
 * @param version the version accepted; it must be the current one
 * @param guidelines for publishing: the new text, which becomes the next version
 */
public record GuidelinesAcceptance(Integer version, String guidelines) {}
