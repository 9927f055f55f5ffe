/**
 * A member of Hearth groups: per group, an MLS member keyed by the keyring's key for that group,
 * with its state saved in the keyring after every change and always before what the change produced
 * leaves the device; joining (start, request and Welcome, external commit), reading and following
 * in sequence order, sending, removing, leaving, and catching up and retrying when the delivery
 * service answers {@code stale-epoch}.
 *
 * <p>No console output and no argument parsing here; HTTP only through {@link
 * org.hearth.client.api.GroupDelivery}, files only through {@link org.hearth.client.keyring}.
 */
package org.hearth.client.member;
