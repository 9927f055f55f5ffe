package org.hearth.protocol.moderation;

/**
 * A group's guidelines and the version the signed-in key accepted.
 *
 * @param version the current version
 * @param guidelines the current text
 * @param accepted the version this key accepted, or 0 if none
 */
public record GuidelinesStatus(int version, String guidelines, int accepted) {}
