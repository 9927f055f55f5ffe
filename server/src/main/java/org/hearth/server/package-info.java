/**
 * The Hearth server: a Jakarta EE application on Open Liberty, organised by feature.
 *
 * <p>Feature packages own their entities, repositories and services; {@code web} and {@code api}
 * are thin doors onto them. Nothing here holds key material of members or plaintext content.
 */
package org.hearth.server;
