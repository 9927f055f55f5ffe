/**
 * The MLS delivery service: KeyPackages members upload and hand out once; later the ordering of
 * handshake messages, GroupInfos per epoch and ciphertext delivery.
 *
 * <p>Holds only public MLS data and opaque ciphertext, never a secret or plaintext.
 */
package org.hearth.server.delivery;
