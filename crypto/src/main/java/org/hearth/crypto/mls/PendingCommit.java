package org.hearth.crypto.mls;

import java.util.Optional;
import org.hearth.crypto.bc.mls.BcMlsGroup;

/**
 * A commit this member made and has not merged yet (RFC 9420 section 12.4): send {@link #commit()}
 * with {@link #groupInfo()} to the delivery service, hand {@link #welcome()} to added members, and
 * {@link MlsMember#merge merge} only after the service accepted the commit for this epoch; if it
 * refused (another commit won the epoch), drop this object and process the winner.
 *
 * <p>Immutable and thread-safe.
 */
public final class PendingCommit {
  private final BcMlsGroup.Staged staged;

  PendingCommit(BcMlsGroup.Staged staged) {
    this.staged = staged;
  }

  BcMlsGroup.Staged staged() {
    return staged;
  }

  /** The commit, an MLSMessage carrying a PublicMessage. */
  public byte[] commit() {
    return staged.commit();
  }

  /** The Welcome for members this commit adds, if any. */
  public Optional<byte[]> welcome() {
    return Optional.ofNullable(staged.welcome());
  }

  /** The next epoch's signed GroupInfo, with external_pub and the ratchet tree. */
  public byte[] groupInfo() {
    return staged.groupInfo();
  }
}
