/**
 * JMH benchmarks of Hearth's crypto hot paths, built only with {@code -Pbench} into {@code
 * target/benchmarks.jar}.
 *
 * <p>Must not contain tests or anything the library itself uses.
 */
package org.hearth.crypto.bench;
