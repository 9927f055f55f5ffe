/**
 * The Prosody side of the benchmark: a minimal XMPP client over a plain loopback socket (RFC 6120
 * stream, SASL ANONYMOUS, resource binding; XEP-0045 multi-user chat) and a throwaway Prosody
 * started as a child process. Nothing about Hearth.
 */
package org.hearth.bench.xmpp;
