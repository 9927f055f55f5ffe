/**
 * The one package of Hearth that imports Bouncy Castle: primitive implementations behind the types
 * of {@code org.hearth.crypto}.
 *
 * <p>Must not be used from outside the crypto module; it exposes no Bouncy Castle type in a public
 * signature of another package.
 */
package org.hearth.crypto.bc;
