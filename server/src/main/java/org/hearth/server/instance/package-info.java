/**
 * This instance's identity: its Ed25519 instance key, made once on first start and kept in the
 * database so every node of the instance shares it, and the signed-by-key public instance document
 * served at {@code /.well-known/hearth}.
 *
 * <p>Must not contain peer handling (that is federation) or member identity.
 */
package org.hearth.server.instance;
