/**
 * Sign-in with a pseudonymous key: single-use challenges, their verification and session tokens.
 *
 * <p>Holds nothing that identifies a person: a key's thumbprint is the only subject, and no
 * address, agent or device detail is stored or logged.
 */
package org.hearth.server.identity;
