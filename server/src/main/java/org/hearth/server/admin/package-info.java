/**
 * Instance administration: the one-time setup code that registers the first admin key, adding and
 * revoking admin keys, and the check that a session belongs to an admin.
 *
 * <p>No passwords anywhere; admins are keys like members. Must not hold group or member logic.
 */
package org.hearth.server.admin;
