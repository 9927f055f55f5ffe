/**
 * The Hearth side of the benchmark: a Hearth started from the built Liberty server in its own
 * directory, MLS groups set up by real members of the Java client, and light load members that send
 * pre-encrypted PrivateMessages and follow live without decrypting.
 */
package org.hearth.bench.hearth;
