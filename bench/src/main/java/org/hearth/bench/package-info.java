/**
 * Hearth's benchmark command: runs one workload against Hearth and against Prosody in the same
 * process and prints the figures side by side. Nothing here is part of the server or the client;
 * nothing in it runs in the test command apart from its unit tests.
 */
package org.hearth.bench;
