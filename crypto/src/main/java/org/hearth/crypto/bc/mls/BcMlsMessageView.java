package org.hearth.crypto.bc.mls;

import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.mls.codec.AuthenticatedContent;
import org.bouncycastle.mls.codec.ContentType;
import org.bouncycastle.mls.codec.FramedContent;
import org.bouncycastle.mls.codec.MLSMessage;
import org.bouncycastle.mls.codec.Proposal;
import org.bouncycastle.mls.codec.ProposalOrRef;
import org.bouncycastle.mls.codec.ProposalOrRefType;
import org.bouncycastle.mls.codec.ProposalType;
import org.bouncycastle.mls.codec.SenderType;
import org.bouncycastle.mls.codec.WireFormat;
import org.hearth.crypto.mls.MlsException;

/**
 * Reads the public framing of an MLSMessage (RFC 9420 section 6) for a delivery service: wire
 * format, group, epoch, content type and, for a PublicMessage, the sender and the proposals
 * (KeyPackages added, leaves removed). Nothing here is verified.
 *
 * <p>Stateless and thread-safe (bcmls calls hold {@link BcMls#LOCK}).
 */
public final class BcMlsMessageView {
  /**
   * The unverified framing. {@code wireFormat}, {@code contentType} and {@code senderType} are the
   * RFC 9420 code points; {@code senderLeaf} is -1 unless the sender is a member.
   */
  public record Framing(
      int wireFormat,
      byte[] groupId,
      long epoch,
      int contentType,
      int senderType,
      int senderLeaf,
      List<byte[]> addedKeyPackages,
      List<Integer> removedLeaves,
      int proposalReferences,
      boolean hasUpdatePath) {}

  private BcMlsMessageView() {}

  /** Decodes strictly (canonical, no trailing bytes) and reads the framing. */
  public static Framing read(byte[] bytes) {
    BcMls.LOCK.lock();
    try {
      return framing(BcMls.decodeExact(bytes, MLSMessage.class));
    } catch (RuntimeException e) {
      throw BcMls.refused("malformed MLS message", e);
    } finally {
      BcMls.LOCK.unlock();
    }
  }

  static Framing framing(MLSMessage message) {
    WireFormat wire = message.wireFormat;
    List<byte[]> adds = new ArrayList<>();
    List<Integer> removes = new ArrayList<>();
    switch (wire) {
      case mls_public_message -> {
        AuthenticatedContent auth = BcMlsMessages.authenticatedContent(message.publicMessage);
        FramedContent content = auth.getContent();
        int references = 0;
        List<Proposal> proposals = new ArrayList<>();
        boolean path = false;
        if (content.getContentType() == ContentType.PROPOSAL) {
          proposals.add(content.getProposal());
        } else if (content.getContentType() == ContentType.COMMIT) {
          for (ProposalOrRef entry : content.getCommit().getProposals()) {
            if (entry.getType() == ProposalOrRefType.REFERENCE) {
              references++;
            } else {
              proposals.add(entry.getProposal());
            }
          }
          path = content.getCommit().getUpdatePath() != null;
        }
        for (Proposal proposal : proposals) {
          if (proposal.getProposalType() == ProposalType.ADD) {
            adds.add(BcMls.encode(MLSMessage.keyPackage(proposal.getAdd().keyPackage)));
          } else if (proposal.getProposalType() == ProposalType.REMOVE) {
            removes.add(proposal.getRemove().removed.value());
          }
        }
        SenderType senderType = content.getSender().getSenderType();
        return new Framing(
            wire.ordinal(),
            content.getGroupID(),
            content.getEpoch(),
            content.getContentType().ordinal(),
            senderType.ordinal(),
            senderType == SenderType.MEMBER ? content.getSender().getSender().value() : -1,
            adds,
            removes,
            references,
            path);
      }
      case mls_private_message -> {
        return new Framing(
            wire.ordinal(),
            (byte[]) Reflect.get(message.privateMessage, "group_id"),
            message.getEpoch(),
            message.getContentType().ordinal(),
            0,
            -1,
            adds,
            removes,
            0,
            false);
      }
      case mls_group_info -> {
        return new Framing(
            wire.ordinal(),
            message.groupInfo.getGroupID(),
            message.groupInfo.getEpoch(),
            0,
            0,
            -1,
            adds,
            removes,
            0,
            false);
      }
      case mls_welcome, mls_key_package -> {
        return new Framing(wire.ordinal(), null, -1, 0, 0, -1, adds, removes, 0, false);
      }
      default -> throw new MlsException("unknown wire format");
    }
  }
}
