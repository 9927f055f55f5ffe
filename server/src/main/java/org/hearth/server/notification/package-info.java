/**
 * Facilitators' opt-in e-mail notices: the one address a facilitator key keeps for a group, and the
 * short, throttled e-mail through the instance's own mail server that tells them something waits.
 * Must not hold anything that names a group, a member or a report in what it sends or logs.
 */
package org.hearth.server.notification;
