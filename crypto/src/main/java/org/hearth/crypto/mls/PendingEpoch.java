package org.hearth.crypto.mls;

import org.hearth.crypto.bc.mls.BcMlsEpochStep;

/**
 * The next epoch as derived from a verified commit, not yet trusted: the view cannot check the
 * commit's confirmation tag (it needs the epoch's secrets), so the epoch becomes current only when
 * a member's GroupInfo matches it exactly, tag included (RFC 9420 section 12.4.3).
 *
 * <p>Immutable and thread-safe.
 */
public final class PendingEpoch {
  private final BcMlsEpochStep step;

  PendingEpoch(BcMlsEpochStep step) {
    this.step = step;
  }

  public long epoch() {
    return step.view().epoch();
  }

  /**
   * Finalises the epoch with the GroupInfo the committer uploaded.
   *
   * @throws MlsException if the GroupInfo's context, tree, confirmation tag or signature differs
   *     from what the commit produced
   */
  public PublicGroup finalise(byte[] groupInfo) {
    return new PublicGroup(step.finalise(groupInfo));
  }
}
