/**
 * The load generator: G groups of M real MLS members of the Java client send closed-loop
 * application messages to a running Hearth while every member follows its group live, and the run
 * reports throughput, send-to-delivery latency and the server's CPU and memory. A documented
 * command (docs/load.md), not a test.
 *
 * <p>Talks to Hearth only through the member layer and the API client; reads the server's figures
 * only from {@code /proc}.
 */
package org.hearth.client.load;
