/**
 * Typed calls to a Hearth instance's JSON API over {@code java.net.http}: wire records, sign-in
 * with keys from the keyring, sessions cached in memory, and RFC 9457 problems as {@link
 * org.hearth.client.api.HearthApiException}.
 *
 * <p>No console output and no file access here, and no Jakarta EE server API: only JSON-P.
 * Everything read from the server is checked before it becomes one of these records.
 */
package org.hearth.client.api;
