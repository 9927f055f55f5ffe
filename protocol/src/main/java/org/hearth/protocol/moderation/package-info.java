/**
 * Wire records of the moderation API: reports under {@code /api/v1/groups/{id}/reports}, the
 * facilitation summary and mutes, and the admins' queue under {@code /api/v1/admin/reports}. Byte
 * fields carry base64url without padding; times are Unix seconds. See docs/reports.md.
 */
package org.hearth.protocol.moderation;
