package org.hearth.client.member;

import org.hearth.client.api.HearthApiException;

/**
 * The problem types of the delivery API (docs/delivery-api.md) that the member layer acts on.
 *
 * <p>Stateless and thread-safe.
 */
public final class Problems {
  /** The message or commit was for an earlier epoch: catch up and make it again. */
  public static final String STALE_EPOCH = "stale-epoch";

  /** The group's MLS state exists already, or the group is open (join by external commit). */
  public static final String CONFLICT = "conflict";

  /** The group is at its size cap. */
  public static final String GROUP_FULL = "group-full";

  /** The uploaded GroupInfo does not describe the epoch the commit makes. */
  public static final String GROUP_INFO_MISMATCH = "group-info-mismatch";

  /** The facilitator has not started the group's MLS state yet. */
  public static final String NOT_STARTED = "not-started";

  /** Too many requests (or joins to the group) for now; see {@code Retry-After}. */
  public static final String TOO_MANY_REQUESTS = "too-many-requests";

  private Problems() {}

  /** Runs {@code call}; a 404 answer means there was nothing left to remove. */
  static void ignoreNotFound(Runnable call) {
    try {
      call.run();
    } catch (HearthApiException e) {
      if (e.status() != 404) {
        throw e;
      }
    }
  }
}
