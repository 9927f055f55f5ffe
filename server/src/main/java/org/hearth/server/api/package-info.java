/**
 * Conventions of the JSON API under {@code /api/v1}: RFC 9457 problem details for every error, the
 * request body limit and request validation.
 *
 * <p>Endpoints themselves live in their feature packages; this package holds no feature logic and
 * never lets a stack trace or an internal message reach a client.
 */
package org.hearth.server.api;
