package org.hearth.protocol.moderation;

/**
 * A facilitator's e-mail notice for one group, as they see it.
 *
 * @param available whether this instance has a mail server configured, so that notices can be sent
 * @param address the facilitator's address, or null when they have not opted in
 * @param interval the least time between two notices, ISO 8601 (PT1H)
 */
public record NotificationSetting(boolean available, String address, String interval) {}
