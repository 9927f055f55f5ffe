/**
 * The keyring: a local file, sealed under a passphrase, of the Ed25519 keys a person uses on each
 * instance (a fresh key per group by default, one for admin work) and, later, their per-group MLS
 * state; with export that moves keys to another device and retires them here.
 *
 * <p>No network calls and no console input here; the seed of a key never leaves this package except
 * as a key pair or inside a sealed file.
 */
package org.hearth.client.keyring;
