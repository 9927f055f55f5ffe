/**
 * What Hearth stores and for how long: the stored-data registry, the retention job that enforces
 * it, and a member's erasure and an admin's export of what is held about one key.
 *
 * <p>Must not hold feature logic of its own: every other package's tables are described here, and
 * the page, the job and the export are all driven by that one description.
 */
package org.hearth.server.privacy;
