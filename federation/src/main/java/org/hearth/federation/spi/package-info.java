/**
 * Ports the server implements for federation: storage of peerings, last good feeds and seen nonces,
 * and fetching another instance's document over HTTP.
 *
 * <p>Interfaces and their small value types only: no implementation, no I/O, no verification.
 */
package org.hearth.federation.spi;
