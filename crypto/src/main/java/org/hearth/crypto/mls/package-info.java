/**
 * Hearth's MLS (RFC 9420) API on cipher suite 0x0001: the member side ({@link
 * org.hearth.crypto.mls.MlsMember}) and the delivery-service side that holds no secrets (message
 * classification, key-package and GroupInfo validation, the public group view).
 *
 * <p>Untrusted bytes enter as {@code *In} types and leave only through a validating step. Must not
 * expose a Bouncy Castle type: the implementation lives in {@code org.hearth.crypto.bc.mls}.
 */
package org.hearth.crypto.mls;
