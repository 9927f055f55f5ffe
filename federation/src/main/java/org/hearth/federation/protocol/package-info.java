/**
 * The federation wire formats: JSON payloads of every signed document, their canonical encoding,
 * document types, and signing of what this instance sends.
 *
 * <p>It must not decide whether input is trusted: verification lives in {@code verify}.
 */
package org.hearth.federation.protocol;
