package org.hearth.crypto.mls;

/**
 * A GroupInfo received from a client, not yet checked (RFC 9420 section 12.4.3).
 *
 * <p>Immutable and thread-safe.
 */
public final class GroupInfoIn {
  /** Hearth's limit for one GroupInfo with its ratchet tree. */
  public static final int MAX_BYTES = 1024 * 1024;

  private final byte[] bytes;

  private GroupInfoIn(byte[] bytes) {
    this.bytes = bytes;
  }

  public static GroupInfoIn of(byte[] groupInfoMessage) {
    if (groupInfoMessage.length > MAX_BYTES) {
      throw new MlsException("GroupInfo exceeds " + MAX_BYTES + " bytes");
    }
    return new GroupInfoIn(groupInfoMessage.clone());
  }

  /**
   * Checks the signature, that the carried ratchet tree has the GroupContext's tree hash, every
   * parent hash and every leaf signature. This alone does not show the tree is the one the group's
   * commits produced: for a group's later epochs use {@link PendingEpoch#finalise}.
   */
  public VerifiedGroupInfo validate() {
    PublicGroup view = PublicGroup.fromFirstGroupInfo(bytes);
    return new VerifiedGroupInfo(bytes.clone(), view.groupId(), view.epoch(), view.members());
  }
}
