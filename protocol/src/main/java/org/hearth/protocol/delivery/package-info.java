/**
 * Wire records of the MLS delivery API under {@code /api/v1/groups/{id}/}. Byte fields carry
 * base64url without padding (RFC 4648 section 5); times are Unix seconds. See docs/delivery-api.md
 * for the endpoints that take and give them.
 */
package org.hearth.protocol.delivery;
