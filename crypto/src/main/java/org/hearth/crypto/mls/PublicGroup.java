package org.hearth.crypto.mls;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hearth.crypto.Ed25519PublicKey;
import org.hearth.crypto.bc.mls.BcMlsEpochStep;
import org.hearth.crypto.bc.mls.BcMlsPublicGroup;
import org.hearth.crypto.bc.mls.BcMlsTrees;

/**
 * The delivery service's secret-less view of a group epoch (RFC 9420; openmls {@code PublicGroup}):
 * it verifies handshake signatures, keeps standalone proposals, and derives each next epoch's tree
 * and GroupContext from the commits, so that a GroupInfo a member uploads is accepted only if it
 * describes exactly that epoch. The trust root is the epoch-0 GroupInfo.
 *
 * <p>Immutable and thread-safe: every step returns a new view; keep the old one until a new epoch
 * is finalised.
 */
public final class PublicGroup {
  private final BcMlsPublicGroup view;

  PublicGroup(BcMlsPublicGroup view) {
    this.view = view;
  }

  /**
   * Starts from a group's first GroupInfo (with ratchet tree), after checking its signature, tree
   * hash, parent hashes and leaf signatures.
   */
  public static PublicGroup fromFirstGroupInfo(byte[] groupInfo) {
    return new PublicGroup(BcMlsPublicGroup.fromGroupInfo(groupInfo));
  }

  /**
   * Verifies a standalone proposal of this epoch (a PublicMessage signed by a member) and returns
   * this epoch with the proposal kept for commits that reference it.
   */
  public Verified<PublicGroup> acceptProposal(MlsMessageIn proposal) {
    requireType(proposal, ContentType.PROPOSAL);
    BcMlsEpochStep step = view.process(proposal.bytes());
    return new Verified<>(new PublicGroup(step.view()), sender(step));
  }

  /**
   * Verifies a commit of this epoch and derives the next epoch, which stays pending until {@link
   * PendingEpoch#finalise} sees a matching GroupInfo.
   */
  public Verified<PendingEpoch> applyCommit(MlsMessageIn commit) {
    requireType(commit, ContentType.COMMIT);
    BcMlsEpochStep step = view.process(commit.bytes());
    return new Verified<>(new PendingEpoch(step), sender(step));
  }

  private static void requireType(MlsMessageIn message, ContentType type) {
    if (message.info().wireFormat() != WireFormat.PUBLIC_MESSAGE
        || message.info().contentType() != type) {
      throw new MlsException("expected a PublicMessage " + type);
    }
  }

  private static LeafIndex sender(BcMlsEpochStep step) {
    return step.senderLeaf() < 0 ? null : new LeafIndex(step.senderLeaf());
  }

  /**
   * A result with its verified sender.
   *
   * @param value the result
   * @param sender the signing member's leaf, or {@code null} for an external joiner
   */
  public record Verified<T>(T value, LeafIndex sender) {}

  public GroupId groupId() {
    return GroupId.of(view.groupId());
  }

  public long epoch() {
    return view.epoch();
  }

  /** The encoded GroupContext of this epoch. */
  public byte[] groupContext() {
    return view.groupContextBytes();
  }

  /** The encoded ratchet tree of this epoch. */
  public byte[] ratchetTree() {
    return view.ratchetTree();
  }

  public List<Member> members() {
    List<Member> members = new ArrayList<>();
    for (BcMlsTrees.Leaf leaf : view.members()) {
      members.add(
          new Member(
              new LeafIndex(leaf.index()),
              Ed25519PublicKey.of(leaf.signatureKey()),
              new String(leaf.identity(), StandardCharsets.UTF_8)));
    }
    return members;
  }
}
