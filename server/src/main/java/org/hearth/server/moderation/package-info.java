/**
 * Moderation under end-to-end encryption: verifiable reports (checked against the epoch's GroupInfo
 * the delivery service kept), facilitators' and admins' queues, out-of-hours mutes and the
 * guidelines versions members accepted.
 *
 * <p>Nothing here reads ciphertext or holds a group secret; reported plaintext lives only inside a
 * report, until it expires.
 */
package org.hearth.server.moderation;
