/**
 * Plumbing every feature shares: settings read from Liberty variables, schema migrations, health
 * checks and the security headers on every response.
 *
 * <p>No feature logic: anything that concerns members, groups or peers belongs in its feature
 * package.
 */
package org.hearth.server.platform;
