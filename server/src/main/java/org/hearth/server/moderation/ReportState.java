package org.hearth.server.moderation;

/**
 * Where a report stands: open in the group's queue, escalated to the instance's admins, or closed
 * as reviewed (acted on) or dismissed.
 */
public enum ReportState {
  OPEN,
  ESCALATED,
  REVIEWED,
  DISMISSED
}
