/**
 * Federation with other Hearth instances, on the protocol of {@code org.hearth.federation}: the JPA
 * adapters of its ports, the server-to-server endpoints (instance document, signed feeds, inbox),
 * the admin's peering API, the scheduler that pulls peers' feeds, and the merged views that the
 * directory and Get help now show.
 *
 * <p>Must not verify anything itself: every decision to trust input is the protocol module's.
 */
package org.hearth.server.federation;
