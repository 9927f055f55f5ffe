/**
 * The one step from untrusted to trusted: {@code *In} types hold input parsed and size-checked but
 * unverified, and only their {@code verify} methods yield the verified values, after checking
 * signatures, pinned keys, peering state, audience, freshness and replay.
 *
 * <p>It must not do I/O itself or keep state beyond what the ports it is given hold.
 */
package org.hearth.federation.verify;
