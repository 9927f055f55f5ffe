/**
 * The protocol between Hearth instances: instance documents, peering, signed group directories and
 * resource lists, and the rules for verifying, merging and ageing what peers send.
 *
 * <p>Plain Java over {@code org.hearth.crypto}: no Jakarta EE, no persistence, no Bouncy Castle.
 * The server reaches storage and the network through the ports this module defines.
 */
package org.hearth.federation;
