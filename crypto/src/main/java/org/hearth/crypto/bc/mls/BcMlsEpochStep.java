package org.hearth.crypto.bc.mls;

import org.hearth.crypto.mls.MlsException;

/**
 * What a public group view made of a verified handshake message: for a proposal, the same epoch
 * with the proposal stored; for a commit, the next epoch, pending until a member's GroupInfo that
 * matches it exactly (confirmation tag included) finalises it (RFC 9420 section 12.4.3).
 *
 * <p>Immutable and thread-safe.
 */
public final class BcMlsEpochStep {
  private final BcMlsPublicGroup view;
  private final byte[] confirmationTag;
  private final int senderLeaf;

  BcMlsEpochStep(BcMlsPublicGroup view, byte[] confirmationTag, int senderLeaf) {
    this.view = view;
    this.confirmationTag = confirmationTag;
    this.senderLeaf = senderLeaf;
  }

  /** For a proposal, the current epoch with it stored; for a commit, the pending next epoch. */
  public BcMlsPublicGroup view() {
    return view;
  }

  public boolean isCommit() {
    return confirmationTag != null;
  }

  /** The verified sender's leaf, or -1 for an external joiner. */
  public int senderLeaf() {
    return senderLeaf;
  }

  /** Finalises a commit's epoch with a member's GroupInfo that matches it exactly. */
  public BcMlsPublicGroup finalise(byte[] groupInfoMessage) {
    if (confirmationTag == null) {
      throw new MlsException("only a commit opens an epoch");
    }
    BcMls.LOCK.lock();
    try {
      view.checkGroupInfo(groupInfoMessage, confirmationTag);
      return view;
    } catch (Exception e) {
      throw BcMls.refused("GroupInfo refused", e);
    } finally {
      BcMls.LOCK.unlock();
    }
  }
}
