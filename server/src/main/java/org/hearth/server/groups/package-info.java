/**
 * Support groups: their public descriptors (name, topics, language, size cap, join policy,
 * facilitation hours, guidelines with a version, listed or not) and who facilitates them.
 *
 * <p>Nothing about a group's conversation is here: that is MLS ciphertext in {@code delivery}.
 */
package org.hearth.server.groups;
