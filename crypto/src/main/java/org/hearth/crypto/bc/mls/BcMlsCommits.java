package org.hearth.crypto.bc.mls;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bouncycastle.mls.TranscriptHash;
import org.bouncycastle.mls.TreeKEM.LeafIndex;
import org.bouncycastle.mls.TreeKEM.LeafNodeSource;
import org.bouncycastle.mls.TreeKEM.TreeKEMPublicKey;
import org.bouncycastle.mls.codec.AuthenticatedContent;
import org.bouncycastle.mls.codec.Commit;
import org.bouncycastle.mls.codec.Extension;
import org.bouncycastle.mls.codec.Proposal;
import org.bouncycastle.mls.codec.ProposalOrRef;
import org.bouncycastle.mls.codec.ProposalOrRefType;
import org.bouncycastle.mls.codec.ProposalType;
import org.bouncycastle.mls.codec.SenderType;
import org.bouncycastle.mls.codec.UpdatePath;
import org.hearth.crypto.mls.MlsException;

/**
 * Applies a verified commit to a public view without secrets (RFC 9420 section 12.4.2), in bcmls's
 * order so the derived tree is byte-identical to the members': updates, removes, adds, GroupContext
 * extensions, truncation; then the external joiner's leaf, the UpdatePath (after its parent-hash
 * check), and the transcript hashes.
 *
 * <p>Stateless; callers hold {@link BcMls#LOCK}.
 */
final class BcMlsCommits {
  /** The next epoch's view and the confirmation tag the commit claims for it. */
  record Applied(BcMlsPublicGroup next, byte[] confirmationTag) {}

  private BcMlsCommits() {}

  static void validate(BcMlsPublicGroup view, Proposal proposal, LeafIndex sender)
      throws Exception {
    switch (proposal.getProposalType()) {
      case ADD -> {
        BcMlsKeyPackages.check(
            proposal.getAdd().keyPackage, Instant.now(), view.suite.getSuiteID());
        BcMlsLeaves.check(
            view.suite,
            view.groupId,
            view.tree,
            proposal.getLeafNode(),
            LeafNodeSource.KEY_PACKAGE,
            null);
      }
      case UPDATE -> {
        if (sender == null || view.tree.getLeafNode(sender) == null) {
          throw new MlsException("update from a non-member");
        }
        BcMlsLeaves.check(
            view.suite,
            view.groupId,
            view.tree,
            proposal.getLeafNode(),
            LeafNodeSource.UPDATE,
            sender);
      }
      case REMOVE -> {
        LeafIndex removed = proposal.getRemove().removed;
        if (removed.value() >= view.tree.getSize().leafCount() || !view.tree.hasLeaf(removed)) {
          throw new MlsException("remove of a non-member");
        }
      }
      case EXTERNAL_INIT, PSK, GROUP_CONTEXT_EXTENSIONS -> {
        // nothing public to check
      }
      default -> throw new MlsException("proposal " + proposal.getProposalType() + " refused");
    }
  }

  static Applied apply(BcMlsPublicGroup view, AuthenticatedContent auth) throws Exception {
    Commit commit = auth.getContent().getCommit();
    boolean external =
        auth.getContent().getSender().getSenderType() == SenderType.NEW_MEMBER_COMMIT;
    LeafIndex committer = external ? null : auth.getContent().getSender().getSender();
    List<BcMlsPublicGroup.Stored> proposals = resolve(view, commit, committer);

    // Only the paths the commit changes are rehashed below (setHashAll, merge).
    TreeKEMPublicKey tree = BcMlsTrees.copy(view.tree, view.encodedTree());
    List<Extension> extensions = view.extensions;
    boolean pathRequired = proposals.isEmpty();
    for (BcMlsPublicGroup.Stored stored : proposals) {
      if (stored.proposal().getProposalType() == ProposalType.UPDATE) {
        if (stored.sender() == null || stored.sender().equals(committer)) {
          throw new MlsException("a committer cannot commit its own update proposal");
        }
        tree.updateLeaf(stored.sender(), stored.proposal().getLeafNode());
      }
    }
    for (BcMlsPublicGroup.Stored stored : proposals) {
      if (stored.proposal().getProposalType() == ProposalType.REMOVE) {
        LeafIndex removed = stored.proposal().getRemove().removed;
        if (!tree.hasLeaf(removed)) {
          throw new MlsException("remove of a non-member");
        }
        tree.blankPath(removed);
      }
    }
    for (BcMlsPublicGroup.Stored stored : proposals) {
      ProposalType type = stored.proposal().getProposalType();
      if (type == ProposalType.ADD) {
        tree.addLeaf(stored.proposal().getLeafNode());
      } else if (type == ProposalType.GROUP_CONTEXT_EXTENSIONS) {
        extensions = new ArrayList<>(stored.proposal().getGroupContextExtensions().extensions);
      }
      pathRequired |=
          type != ProposalType.ADD && type != ProposalType.PSK && type != ProposalType.REINIT;
    }
    tree.truncate();
    tree.setHashAll();

    UpdatePath path = commit.getUpdatePath();
    if (pathRequired && path == null) {
      throw new MlsException("commit needs an UpdatePath");
    }
    LeafIndex at = committer;
    if (external) {
      if (path == null) {
        throw new MlsException("external commit without an UpdatePath");
      }
      at = tree.addLeaf(path.getLeafNode());
    }
    if (path != null) {
      BcMlsLeaves.check(
          view.suite, view.groupId, tree, path.getLeafNode(), LeafNodeSource.COMMIT, at);
      if (!tree.verifyParentHash(at, path)) {
        throw new MlsException("commit path has an invalid parent hash");
      }
      tree.merge(at, path);
    }
    tree.setHashAll();
    TranscriptHash transcript = view.transcript.copy();
    transcript.update(auth);
    BcMlsPublicGroup next =
        new BcMlsPublicGroup(
            view.suite, view.groupId, view.epoch + 1, tree, transcript, extensions, Map.of());
    return new Applied(next, auth.getConfirmationTag());
  }

  private static List<BcMlsPublicGroup.Stored> resolve(
      BcMlsPublicGroup view, Commit commit, LeafIndex committer) throws Exception {
    List<BcMlsPublicGroup.Stored> resolved = new ArrayList<>();
    for (ProposalOrRef entry : commit.getProposals()) {
      if (entry.getType() == ProposalOrRefType.REFERENCE) {
        BcMlsPublicGroup.Stored stored = view.proposals.get(ByteBuffer.wrap(entry.getReference()));
        if (stored == null) {
          throw new MlsException("commit references a proposal the service has not seen");
        }
        resolved.add(stored);
      } else {
        validate(view, entry.getProposal(), committer);
        resolved.add(new BcMlsPublicGroup.Stored(entry.getProposal(), committer));
      }
    }
    return resolved;
  }
}
