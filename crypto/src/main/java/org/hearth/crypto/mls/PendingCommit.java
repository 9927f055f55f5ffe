package org.hearth.crypto.mls;

import java.util.Optional;
import org.hearth.crypto.bc.mls.BcMlsGroup;
import org.hearth.crypto.bc.mls.BcMlsStateCodec;

/**
 * A commit this member made and has not merged yet (RFC 9420 section 12.4): send {@link #commit()}
 * with {@link #groupInfo()} to the delivery service, hand {@link #welcome()} to added members, and
 * {@link MlsMember#merge merge} only after the service accepted the commit for this epoch; if it
 * refused (another commit won the epoch), drop this object and process the winner.
 *
 * <p>A client that must survive a crash between sending the commit and hearing the answer saves it
 * with {@link #save()} before sending: on restart, the commit either appears in the group's
 * messages (merge the restored object) or does not (drop it).
 *
 * <p>Immutable and thread-safe.
 */
public final class PendingCommit {
  private final BcMlsGroup.Staged staged;

  PendingCommit(BcMlsGroup.Staged staged) {
    this.staged = staged;
  }

  /**
   * This commit with the whole next epoch's state, private keys included: seal it before it touches
   * a disk, and delete it once merged or dropped.
   */
  public byte[] save() {
    return BcMlsStateCodec.saveStaged(staged);
  }

  /**
   * Restores a commit saved by {@link #save()} with the same bcmls version.
   *
   * @throws MlsException if the bytes are damaged or from another bcmls
   */
  public static PendingCommit restore(byte[] saved) {
    return new PendingCommit(BcMlsStateCodec.restoreStaged(saved));
  }

  /** The epoch this commit leaves; {@link MlsMember#merge} needs the member to be in it. */
  public long fromEpoch() {
    return staged.fromEpoch();
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
