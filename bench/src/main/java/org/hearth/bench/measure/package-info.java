/**
 * What a benchmark run counts and how it is printed: deliveries and their latency inside the
 * measured window, a server process's CPU time and memory from {@code /proc}, result tables with
 * ratios. No network code and no server-specific code.
 */
package org.hearth.bench.measure;
