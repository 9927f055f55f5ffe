package org.hearth.protocol.moderation;

import java.util.List;

/**
 * What waits for a group's facilitators, shown as soon as they sign in.
 *
 * @param joinRequests join requests waiting for an answer
 * @param openReports reports in the group's queue
 * @param escalatedReports reports handed to the instance's admins and not closed yet
 * @param muted members muted by out-of-hours protection now
 */
public record FacilitationSummary(
    int joinRequests, int openReports, int escalatedReports, List<Mute> muted) {
  /**
   * A muted member.
   *
   * @param thumbprint the member's key thumbprint
   * @param until when the mute ends unless a facilitator lifts it first, Unix seconds
   */
  public record Mute(String thumbprint, long until) {}
}
