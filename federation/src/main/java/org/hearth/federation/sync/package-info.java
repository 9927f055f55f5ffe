/**
 * When to pull each peer's feeds: polling with conditional requests (ETag), bounded exponential
 * backoff with jitter after failures, and a quick pull after a verified change notice.
 *
 * <p>Pure decisions over immutable state; the server's scheduler does the HTTP and the storing. No
 * I/O, no clock reads, no threads.
 */
package org.hearth.federation.sync;
