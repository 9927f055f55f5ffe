/**
 * Hearth's application-content format: what a member's client puts inside each MLS PrivateMessage
 * (posts in threads, reactions, retractions, display names, content warnings), encoded in the TLS
 * presentation language of RFC 9420 section 2.1 and padded to a size bucket. docs/content-format.md
 * is the specification; {@code src/main/js/content.js} implements it again for the browser.
 *
 * <p>Plain Java with no dependencies and no I/O: it must not contain anything about MLS groups,
 * keys or the delivery API, only the bytes of one plaintext and the rules for its fields.
 */
package org.hearth.protocol.content;
