/**
 * The only package that imports {@code org.bouncycastle.mls} (bcmls 1.84): the member engine, the
 * pinned state serializer, the delivery-service parser and the public group view behind {@code
 * org.hearth.crypto.mls}.
 *
 * <p>Must not leak a Bouncy Castle type outside the crypto module. Every call into bcmls holds
 * {@link org.hearth.crypto.bc.mls.BcMls#LOCK}: bcmls suite objects are JVM-wide singletons whose
 * digest is shared and not thread-safe.
 */
package org.hearth.crypto.bc.mls;
