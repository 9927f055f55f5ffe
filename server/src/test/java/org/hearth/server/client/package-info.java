/**
 * Integration tests that drive a real Hearth server with the Java client library and its command
 * line, as an operator and a member would.
 *
 * <p>Only tests; the client's own unit tests live in the client module.
 */
package org.hearth.server.client;
