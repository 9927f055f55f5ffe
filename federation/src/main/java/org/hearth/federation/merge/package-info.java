/**
 * Merging verified feeds from many peers into one view with provenance: de-duplication, admin
 * hiding, staleness of peers that are down, and review-by flags on resources.
 *
 * <p>Pure functions over immutable values: no I/O, no clock reads (the time is passed in), no
 * verification (it takes only verified feeds).
 */
package org.hearth.federation.merge;
