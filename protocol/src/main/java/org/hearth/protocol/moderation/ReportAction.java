package org.hearth.protocol.moderation;

/**
 * What a facilitator or admin does with a report.
 *
 * @param action REVIEW (acted on: closes it and lifts an out-of-hours mute of the accused), DISMISS
 *     (closes it, lifting such a mute too) or ESCALATE (to the instance's admins; facilitators
 *     only)
 */
public record ReportAction(String action) {}
