package org.hearth.crypto.bc.mls;

import java.util.Arrays;
import java.util.List;
import org.bouncycastle.mls.codec.AuthenticatedContent;
import org.bouncycastle.mls.codec.Commit;
import org.bouncycastle.mls.codec.ContentType;
import org.bouncycastle.mls.codec.MLSMessage;
import org.bouncycastle.mls.codec.Proposal;
import org.bouncycastle.mls.codec.ProposalOrRef;
import org.bouncycastle.mls.codec.ProposalOrRefType;
import org.bouncycastle.mls.codec.ProposalType;
import org.bouncycastle.mls.codec.WireFormat;
import org.bouncycastle.mls.protocol.Group;
import org.hearth.crypto.mls.MlsException;

/**
 * Recognises an authentic commit that removes this member (RFC 9420 section 12.4.2: a removed
 * member stops processing). bcmls's {@code handle} throws on such a commit instead of reporting it,
 * so Hearth looks first, and only believes a commit whose membership tag and signature verify.
 *
 * <p>Stateless; callers hold {@link BcMls#LOCK}. Handshakes sent as PrivateMessage are not
 * inspected (Hearth sends handshakes as PublicMessage, DESIGN.md).
 */
final class BcMlsRemoval {
  private BcMlsRemoval() {}

  static boolean removesMe(Group group, MLSMessage message, byte[] leaveReference)
      throws Exception {
    if (message.wireFormat != WireFormat.mls_public_message
        || message.getContentType() != ContentType.COMMIT
        || message.getEpoch() != group.getEpoch()) {
      return false;
    }
    AuthenticatedContent auth = BcMlsMessages.authenticatedContent(message.publicMessage);
    if (!Arrays.equals(auth.getContent().getGroupID(), group.getGroupID())) {
      return false;
    }
    Commit commit = auth.getContent().getCommit();
    int me = group.getIndex().value();
    boolean removed = false;
    for (ProposalOrRef entry : commit.getProposals()) {
      if (entry.getType() == ProposalOrRefType.REFERENCE
          && leaveReference != null
          && Arrays.equals(entry.getReference(), leaveReference)) {
        removed = true;
        continue;
      }
      Proposal proposal =
          entry.getType() == ProposalOrRefType.PROPOSAL
              ? entry.getProposal()
              : cached(group, entry.getReference());
      if (proposal != null
          && proposal.getProposalType() == ProposalType.REMOVE
          && proposal.getRemove().removed.value() == me) {
        removed = true;
      }
    }
    if (!removed) {
      return false;
    }
    AuthenticatedContent verified =
        (AuthenticatedContent)
            Reflect.call(
                group, "unprotectToContentAuth", new Class<?>[] {MLSMessage.class}, message);
    Boolean signed =
        (Boolean)
            Reflect.call(
                group, "verifyAuth", new Class<?>[] {AuthenticatedContent.class}, verified);
    if (!signed) {
      throw new MlsException("a commit removing this member has a bad signature");
    }
    return true;
  }

  private static Proposal cached(Group group, byte[] reference) {
    List<?> pending = (List<?>) Reflect.get(group, "pendingProposals");
    for (Object cachedProposal : pending) {
      if (Arrays.equals((byte[]) Reflect.get(cachedProposal, "proposalRef"), reference)) {
        return (Proposal) Reflect.get(cachedProposal, "proposal");
      }
    }
    return null;
  }
}
