package org.hearth.crypto.bc.mls;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.mls.TranscriptHash;
import org.bouncycastle.mls.TreeKEM.LeafIndex;
import org.bouncycastle.mls.TreeKEM.LeafNode;
import org.bouncycastle.mls.TreeKEM.TreeKEMPublicKey;
import org.bouncycastle.mls.codec.AuthenticatedContent;
import org.bouncycastle.mls.codec.ContentType;
import org.bouncycastle.mls.codec.Extension;
import org.bouncycastle.mls.codec.ExtensionType;
import org.bouncycastle.mls.codec.GroupContext;
import org.bouncycastle.mls.codec.GroupInfo;
import org.bouncycastle.mls.codec.MLSMessage;
import org.bouncycastle.mls.codec.Proposal;
import org.bouncycastle.mls.codec.SenderType;
import org.bouncycastle.mls.codec.WireFormat;
import org.bouncycastle.mls.crypto.MlsCipherSuite;
import org.hearth.crypto.mls.MlsException;

/**
 * A delivery service's secret-less view of one group epoch (RFC 9420 sections 7, 8.2 and 12.4),
 * like openmls's {@code PublicGroup}: the ratchet tree, the GroupContext and the standalone
 * proposals of the epoch, derived from a trusted epoch-0 GroupInfo and the verified commits since.
 *
 * <p>Immutable: {@link #withProposal} and {@link BcMlsCommits#apply} return new views, so a caller
 * keeps the previous epoch until the next one is finalised by a matching GroupInfo ({@link
 * #checkGroupInfo}). The view checks signatures, tree and transcript hashes; it cannot check
 * membership or confirmation tags (they need epoch secrets). Thread-safe (bcmls calls hold {@link
 * BcMls#LOCK}).
 */
public final class BcMlsPublicGroup {
  /** A standalone proposal kept by reference until a commit uses it. */
  record Stored(Proposal proposal, LeafIndex sender) {}

  final MlsCipherSuite suite;
  final byte[] groupId;
  final long epoch;
  final TreeKEMPublicKey tree;
  final TranscriptHash transcript;
  final List<Extension> extensions;
  final Map<ByteBuffer, Stored> proposals;

  /** The encoding of {@link #tree}, made once: the tree is not changed after construction. */
  private volatile byte[] encodedTree;

  BcMlsPublicGroup(
      MlsCipherSuite suite,
      byte[] groupId,
      long epoch,
      TreeKEMPublicKey tree,
      TranscriptHash transcript,
      List<Extension> extensions,
      Map<ByteBuffer, Stored> proposals) {
    this.suite = suite;
    this.groupId = groupId;
    this.epoch = epoch;
    this.tree = tree;
    this.transcript = transcript;
    this.extensions = extensions;
    this.proposals = proposals;
  }

  /**
   * Starts a view from a GroupInfo carrying the ratchet tree, after checking its signature, the
   * tree hash, every parent hash and every leaf signature. Trust it only for the group's first
   * epoch (or an epoch the service already verified): a GroupInfo alone cannot show that its tree
   * is the one the commits produced.
   */
  public static BcMlsPublicGroup fromGroupInfo(byte[] groupInfoMessage) {
    return fromGroupInfo(groupInfoMessage, true);
  }

  /** As {@link #fromGroupInfo(byte[])}; the vector tests also follow groups of other suites. */
  static BcMlsPublicGroup fromGroupInfo(byte[] groupInfoMessage, boolean hearthSuiteOnly) {
    BcMls.LOCK.lock();
    try {
      GroupInfo info = groupInfo(groupInfoMessage, hearthSuiteOnly);
      TreeKEMPublicKey tree = ratchetTree(info);
      verifyGroupInfo(info, tree);
      GroupContext context = info.getGroupContext();
      return new BcMlsPublicGroup(
          info.getSuite(),
          info.getGroupID(),
          info.getEpoch(),
          tree,
          TranscriptHash.fromConfirmationTag(
              info.getSuite(), context.getConfirmedTranscriptHash(), info.getConfirmationTag()),
          new ArrayList<>(context.getExtensions()),
          Map.of());
    } catch (Exception e) {
      throw BcMls.refused("GroupInfo refused", e);
    } finally {
      BcMls.LOCK.unlock();
    }
  }

  static GroupInfo groupInfo(byte[] groupInfoMessage, boolean hearthSuiteOnly) {
    MLSMessage message = BcMls.decodeExact(groupInfoMessage, MLSMessage.class);
    if (message.wireFormat != WireFormat.mls_group_info) {
      throw new MlsException("not a GroupInfo");
    }
    if (hearthSuiteOnly && message.groupInfo.getSuite().getSuiteID() != BcMls.SUITE_ID) {
      throw new MlsException("GroupInfo is not for suite 0x0001");
    }
    return message.groupInfo;
  }

  static TreeKEMPublicKey ratchetTree(GroupInfo info) throws Exception {
    for (Extension extension : info.getExtensions()) {
      TreeKEMPublicKey tree = extension.getRatchetTree();
      if (tree != null) {
        tree.setSuite(info.getSuite());
        tree.setHashAll();
        return tree;
      }
    }
    throw new MlsException("GroupInfo carries no ratchet tree");
  }

  /** Signature by the signer's leaf, tree hash, parent hashes, leaf signatures (section 12.4.3). */
  static void verifyGroupInfo(GroupInfo info, TreeKEMPublicKey tree) throws Exception {
    if (!Arrays.equals(tree.getRootHash(), info.getGroupContext().getTreeHash())) {
      throw new MlsException("GroupInfo tree hash does not match its ratchet tree");
    }
    if (!tree.verifyParentHash()) {
      throw new MlsException("GroupInfo ratchet tree has a bad parent hash");
    }
    BcMlsLeaves.checkAll(info.getSuite(), info.getGroupID(), tree);
    if (tree.getLeafNode(info.getSigner()) == null || !info.verify(info.getSuite(), tree)) {
      throw new MlsException("GroupInfo signature does not verify");
    }
  }

  GroupContext groupContext() {
    try {
      return new GroupContext(
          suite, groupId, epoch, tree.getRootHash(), transcript.getConfirmed(), extensions);
    } catch (Exception e) {
      throw BcMls.refused("cannot compute the GroupContext", e);
    }
  }

  /** The encoded GroupContext of this epoch (RFC 9420 section 8.1). */
  public byte[] groupContextBytes() {
    BcMls.LOCK.lock();
    try {
      return BcMls.encode(groupContext());
    } finally {
      BcMls.LOCK.unlock();
    }
  }

  /**
   * Verifies a handshake PublicMessage of this epoch against this view: group, epoch, sender and
   * its signature over this epoch's GroupContext (section 6.1). The membership tag is not checked.
   */
  AuthenticatedContent verify(MLSMessage message) throws Exception {
    if (message.wireFormat != WireFormat.mls_public_message) {
      throw new MlsException("the delivery service can only check PublicMessages");
    }
    AuthenticatedContent auth = BcMlsMessages.authenticatedContent(message.publicMessage);
    if (!Arrays.equals(auth.getContent().getGroupID(), groupId)) {
      throw new MlsException("message is for another group");
    }
    if (auth.getContent().getEpoch() != epoch) {
      throw new MlsException("message is for epoch " + auth.getContent().getEpoch());
    }
    ContentType type = auth.getContent().getContentType();
    if (type != ContentType.PROPOSAL && type != ContentType.COMMIT) {
      throw new MlsException("application data must not be a PublicMessage");
    }
    byte[] key = signatureKey(auth);
    if (!auth.verify(suite, key, BcMls.encode(groupContext()))) {
      throw new MlsException("message signature does not verify");
    }
    return auth;
  }

  private byte[] signatureKey(AuthenticatedContent auth) {
    SenderType senderType = auth.getContent().getSender().getSenderType();
    if (senderType == SenderType.MEMBER) {
      LeafNode leaf = tree.getLeafNode(auth.getContent().getSender().getSender());
      if (leaf == null) {
        throw new MlsException("sender is not a member");
      }
      return leaf.getSignatureKey();
    }
    if (senderType == SenderType.NEW_MEMBER_COMMIT
        && auth.getContent().getContentType() == ContentType.COMMIT
        && auth.getContent().getCommit().getUpdatePath() != null) {
      return auth.getContent().getCommit().getUpdatePath().getLeafNode().getSignatureKey();
    }
    throw new MlsException("sender type " + senderType + " is not accepted");
  }

  /** This view with a verified standalone proposal stored by its reference (section 5.2). */
  BcMlsPublicGroup withProposal(AuthenticatedContent auth) throws Exception {
    if (auth.getContent().getSender().getSenderType() != SenderType.MEMBER) {
      throw new MlsException("only members' proposals are accepted");
    }
    LeafIndex sender = auth.getContent().getSender().getSender();
    Proposal proposal = auth.getContent().getProposal();
    BcMlsCommits.validate(this, proposal, sender);
    byte[] ref = suite.refHash(BcMls.encode(auth), "MLS 1.0 Proposal Reference");
    Map<ByteBuffer, Stored> more = new HashMap<>(proposals);
    more.put(ByteBuffer.wrap(ref), new Stored(proposal, sender));
    return new BcMlsPublicGroup(suite, groupId, epoch, tree, transcript, extensions, more);
  }

  /**
   * Verifies a PublicMessage proposal or commit of this epoch and applies it: a proposal is stored
   * by reference; a commit yields the next epoch, pending until {@link BcMlsEpochStep#finalise}.
   */
  public BcMlsEpochStep process(byte[] message) {
    BcMls.LOCK.lock();
    try {
      AuthenticatedContent auth = verify(BcMls.decodeExact(message, MLSMessage.class));
      int sender =
          auth.getContent().getSender().getSenderType() == SenderType.MEMBER
              ? auth.getContent().getSender().getSender().value()
              : -1;
      if (auth.getContent().getContentType() == ContentType.PROPOSAL) {
        return new BcMlsEpochStep(withProposal(auth), null, sender);
      }
      BcMlsCommits.Applied applied = BcMlsCommits.apply(this, auth);
      return new BcMlsEpochStep(applied.next(), applied.confirmationTag(), sender);
    } catch (Exception e) {
      throw BcMls.refused("handshake message refused", e);
    } finally {
      BcMls.LOCK.unlock();
    }
  }

  /**
   * Checks that a GroupInfo a member uploaded describes exactly this derived epoch: same
   * GroupContext, a valid signature by a leaf of this tree, the confirmation tag the commit
   * carried, and, if present, this very ratchet tree.
   */
  void checkGroupInfo(byte[] groupInfoMessage, byte[] confirmationTag) throws Exception {
    GroupInfo info = groupInfo(groupInfoMessage, false);
    if (info.getSuite().getSuiteID() != suite.getSuiteID()) {
      throw new MlsException("GroupInfo is for another cipher suite");
    }
    if (!Arrays.equals(BcMls.encode(info.getGroupContext()), BcMls.encode(groupContext()))) {
      throw new MlsException("GroupInfo does not match the epoch derived from the commits");
    }
    if (!Arrays.equals(info.getConfirmationTag(), confirmationTag)) {
      throw new MlsException("GroupInfo confirmation tag differs from the commit's");
    }
    for (Extension extension : info.getExtensions()) {
      // Equal bytes are the common case; otherwise compare the tree the bytes decode to.
      if (extension.extensionType == ExtensionType.RATCHET_TREE
          && !Arrays.equals(extension.extension_data, encodedTree())
          && !Arrays.equals(BcMls.encode(extension.getRatchetTree()), encodedTree())) {
        throw new MlsException("GroupInfo ratchet tree differs from the derived tree");
      }
    }
    if (tree.getLeafNode(info.getSigner()) == null || !info.verify(suite, tree)) {
      throw new MlsException("GroupInfo signature does not verify");
    }
  }

  public long epoch() {
    return epoch;
  }

  public byte[] groupId() {
    return groupId.clone();
  }

  /** The encoded ratchet tree of this epoch. */
  public byte[] ratchetTree() {
    BcMls.LOCK.lock();
    try {
      return encodedTree().clone();
    } finally {
      BcMls.LOCK.unlock();
    }
  }

  /** The encoding of this epoch's tree; callers hold {@link BcMls#LOCK} and do not change it. */
  byte[] encodedTree() {
    byte[] encoded = encodedTree;
    if (encoded == null) {
      encoded = BcMls.encode(tree);
      encodedTree = encoded;
    }
    return encoded;
  }

  /** The occupied leaves of this epoch's tree. */
  public List<BcMlsTrees.Leaf> members() {
    BcMls.LOCK.lock();
    try {
      return BcMlsTrees.members(tree);
    } finally {
      BcMls.LOCK.unlock();
    }
  }
}
