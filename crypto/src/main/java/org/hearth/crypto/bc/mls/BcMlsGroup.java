package org.hearth.crypto.bc.mls;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.mls.TreeKEM.LeafIndex;
import org.bouncycastle.mls.TreeKEM.TreeKEMPublicKey;
import org.bouncycastle.mls.codec.AuthenticatedContent;
import org.bouncycastle.mls.codec.ContentType;
import org.bouncycastle.mls.codec.MLSMessage;
import org.bouncycastle.mls.codec.Proposal;
import org.bouncycastle.mls.codec.ProposalType;
import org.bouncycastle.mls.codec.WireFormat;
import org.bouncycastle.mls.crypto.Secret;
import org.bouncycastle.mls.protocol.Group;
import org.hearth.crypto.mls.MlsException;

/**
 * One member's state of one MLS group on bcmls (RFC 9420 sections 8 to 12): stage commits, handle
 * handshake messages, protect and unprotect application messages, and publish GroupInfo. It comes
 * from {@link BcMlsJoins} (create, Welcome, external commit) or {@link BcMlsStateCodec#restore}.
 *
 * <p>Commits are staged: {@link #stage} returns the next epoch's state beside the commit, and the
 * caller {@link #merge}s it once the delivery service accepted the commit (RFC 9420 section 14).
 * Staged commits are not part of a saved state; {@link BcMlsStateCodec#saveStaged} saves one on its
 * own, to be merged after a restart if the service accepted it. Not thread-safe: confine an
 * instance to one thread or lock around it; all bcmls calls also hold {@link BcMls#LOCK}.
 */
public final class BcMlsGroup {
  private Group group;

  /** The reference of this member's own pending leave proposal, which bcmls will not cache. */
  private byte[] leaveReference;

  /** The signed GroupInfo of {@link #groupInfoOf}; not part of a saved state. */
  private transient byte[] groupInfo;

  private transient Group groupInfoOf;

  BcMlsGroup(Group group) {
    this.group = group;
  }

  Group group() {
    return group;
  }

  /**
   * A staged commit: the message to send, the Welcome for added members, the next state.
   * Thread-safe: the next epoch's GroupInfo is signed once, on first use (Ed25519 is deterministic,
   * so a race only signs the same bytes twice).
   */
  public static final class Staged {
    private final Group next;
    private final long fromEpoch;
    private final byte[] commit;
    private final byte[] welcome;
    private volatile byte[] groupInfo;

    Staged(Group next, long fromEpoch, byte[] commit, byte[] welcome) {
      this.next = next;
      this.fromEpoch = fromEpoch;
      this.commit = commit;
      this.welcome = welcome;
    }

    Group next() {
      return next;
    }

    /** The epoch the commit leaves. */
    public long fromEpoch() {
      return fromEpoch;
    }

    public byte[] commit() {
      return commit.clone();
    }

    /** The next epoch's signed GroupInfo with external_pub and ratchet tree. */
    public byte[] groupInfo() {
      return signedGroupInfo().clone();
    }

    private byte[] signedGroupInfo() {
      byte[] signed = groupInfo;
      if (signed == null) {
        signed = BcMlsGroup.signGroupInfo(next);
        groupInfo = signed;
      }
      return signed;
    }

    /** The Welcome MLSMessage, or {@code null} when the commit adds nobody. */
    public byte[] welcome() {
      return welcome == null ? null : welcome.clone();
    }
  }

  /**
   * Stages a commit (RFC 9420 section 12.4) with the given Add and Remove proposals by value plus
   * all pending proposals received earlier; {@code forcePath} adds an UpdatePath even when not
   * required. The commit is a PublicMessage. Only a commit that adds members has a Welcome, and
   * only then does bcmls encode the ratchet tree into it (section 12.4.3.1): otherwise bcmls would
   * encode, sign and encrypt a tree-sized GroupInfo for nobody.
   */
  public Staged stage(List<byte[]> keyPackages, List<Integer> removeLeaves, boolean forcePath) {
    BcMls.LOCK.lock();
    try {
      List<Proposal> proposals = new ArrayList<>();
      for (int leaf : removeLeaves) {
        if (leaf == group.getIndex().value()) {
          throw new MlsException("a committer cannot remove itself: propose leaving instead");
        }
        if (!group.getTree().hasLeaf(new LeafIndex(leaf))) {
          throw new MlsException("no member at leaf " + leaf);
        }
        proposals.add(Proposal.remove(new LeafIndex(leaf)));
      }
      for (byte[] bytes : keyPackages) {
        MLSMessage message = BcMls.decodeExact(bytes, MLSMessage.class);
        if (message.wireFormat != WireFormat.mls_key_package) {
          throw new MlsException("expected a KeyPackage");
        }
        BcMlsKeyPackages.check(message.keyPackage, Instant.now(), BcMls.SUITE_ID);
        proposals.add(Proposal.add(message.keyPackage));
      }
      boolean joiners = !keyPackages.isEmpty() || pendingAdds();
      Group.GroupWithMessage result =
          group.commit(
              new Secret(BcMlsKeyPackages.randomSecret()),
              new Group.CommitOptions(proposals, joiners, forcePath, null),
              new Group.MessageOptions(false, new byte[0], 0),
              new Group.CommitParameters(Group.NORMAL_COMMIT_PARAMS));
      byte[] commit = BcMls.encode(result.message);
      byte[] welcome = null;
      if (joiners) {
        result.message.wireFormat = WireFormat.mls_welcome;
        welcome = BcMls.encode(result.message);
      }
      return new Staged(result.group, group.getEpoch(), commit, welcome);
    } catch (Exception e) {
      throw BcMls.refused("cannot commit", e);
    } finally {
      BcMls.LOCK.unlock();
    }
  }

  /** Whether Add proposals received earlier are pending: the commit will include them. */
  private boolean pendingAdds() {
    for (Object cached : (List<?>) Reflect.get(group, "pendingProposals")) {
      if (((Proposal) Reflect.get(cached, "proposal")).getProposalType() == ProposalType.ADD) {
        return true;
      }
    }
    return false;
  }

  /** Adopts a staged commit's next epoch once the delivery service accepted the commit. */
  public void merge(Staged staged) {
    if (staged.fromEpoch != group.getEpoch() || staged.next.getEpoch() != group.getEpoch() + 1) {
      throw new MlsException("the staged commit is not for this epoch");
    }
    group = staged.next;
    leaveReference = null;
    groupInfo = staged.groupInfo;
    groupInfoOf = groupInfo == null ? null : group;
  }

  /**
   * A standalone Remove proposal for this member itself (RFC 9420 section 12.1.3): leaving is
   * asking another member to commit it. bcmls refuses to cache a proposal removing its own member,
   * so its reference is kept here to recognise the commit that includes it.
   */
  public byte[] proposeLeave() {
    BcMls.LOCK.lock();
    try {
      MLSMessage proposal =
          group.remove(
              new LeafIndex(rosterPosition(group.getIndex().value())),
              new Group.MessageOptions(false, new byte[0], 0));
      leaveReference =
          group
              .getSuite()
              .refHash(
                  BcMls.encode(BcMlsMessages.authenticatedContent(proposal.publicMessage)),
                  "MLS 1.0 Proposal Reference");
      return BcMls.encode(proposal);
    } catch (Exception e) {
      throw BcMls.refused("cannot propose leaving", e);
    } finally {
      BcMls.LOCK.unlock();
    }
  }

  /** bcmls's {@code remove} takes the n-th occupied leaf, not a leaf index. */
  private int rosterPosition(int leaf) {
    int position = 0;
    for (int i = 0; i < leaf; i++) {
      if (group.getTree().hasLeaf(new LeafIndex(i))) {
        position++;
      }
    }
    return position;
  }

  /** Seals an application message as a PrivateMessage (RFC 9420 section 6.3). */
  public byte[] protect(byte[] plaintext, int paddingSize) {
    BcMls.LOCK.lock();
    try {
      MLSMessage message = group.protect(new byte[0], plaintext, paddingSize);
      return BcMls.encode(BcMlsSenderKeys.reseal(group, message));
    } catch (Exception e) {
      throw BcMls.refused("cannot protect", e);
    } finally {
      BcMls.LOCK.unlock();
    }
  }

  /**
   * An opened application message: the sender's leaf, the plaintext, and its encoded
   * AuthenticatedContent (RFC 9420 section 6), the evidence a report carries.
   */
  public record Opened(int senderLeaf, byte[] plaintext, byte[] authenticatedContent) {}

  /** Opens a PrivateMessage application message of this epoch and checks its signature. */
  public Opened unprotect(byte[] message) {
    BcMls.LOCK.lock();
    try {
      MLSMessage decoded = BcMls.decodeExact(message, MLSMessage.class);
      if (decoded.wireFormat != WireFormat.mls_private_message) {
        throw new MlsException("application data must be a PrivateMessage");
      }
      AuthenticatedContent auth =
          (AuthenticatedContent)
              Reflect.call(
                  group, "unprotectToContentAuth", new Class<?>[] {MLSMessage.class}, decoded);
      if (auth.getContent().getContentType() != ContentType.APPLICATION) {
        throw new MlsException("not an application message");
      }
      Boolean verified =
          (Boolean)
              Reflect.call(group, "verifyAuth", new Class<?>[] {AuthenticatedContent.class}, auth);
      if (!verified) {
        throw new MlsException("application message signature does not verify");
      }
      return new Opened(
          auth.getContent().getSender().getSender().value(),
          auth.getContent().getContentBytes(),
          BcMls.encode(auth));
    } catch (Exception e) {
      throw BcMls.refused("cannot unprotect", e);
    } finally {
      BcMls.LOCK.unlock();
    }
  }

  /** What handling a handshake message did. */
  public enum Outcome {
    PROPOSAL_STORED,
    EPOCH_ADVANCED,
    REMOVED
  }

  /** Handles a proposal or another member's commit (RFC 9420 section 12.4.2). */
  public Outcome handle(byte[] message) {
    BcMls.LOCK.lock();
    try {
      MLSMessage decoded = BcMls.decodeExact(message, MLSMessage.class);
      if (decoded.wireFormat != WireFormat.mls_public_message
          && decoded.wireFormat != WireFormat.mls_private_message) {
        throw new MlsException("not a handshake message");
      }
      if (BcMlsRemoval.removesMe(group, decoded, leaveReference)) {
        return Outcome.REMOVED;
      }
      Group next = group.handle(message, null);
      if (next == null) {
        return Outcome.PROPOSAL_STORED;
      }
      group = next;
      leaveReference = null;
      return Outcome.EPOCH_ADVANCED;
    } catch (Exception e) {
      throw BcMls.refused("handshake message refused", e);
    } finally {
      BcMls.LOCK.unlock();
    }
  }

  /**
   * A signed GroupInfo with external_pub and the ratchet tree (RFC 9420 section 12.4.3), signed
   * once per epoch: encoding the tree is the one part of it that grows with the group.
   */
  public byte[] groupInfo() {
    if (groupInfoOf != group) {
      groupInfo = signGroupInfo(group);
      groupInfoOf = group;
    }
    return groupInfo.clone();
  }

  private static byte[] signGroupInfo(Group group) {
    BcMls.LOCK.lock();
    try {
      return BcMls.encode(group.getGroupInfo(true));
    } catch (Exception e) {
      throw BcMls.refused("cannot sign the GroupInfo", e);
    } finally {
      BcMls.LOCK.unlock();
    }
  }

  public long epoch() {
    return group.getEpoch();
  }

  public byte[] groupId() {
    return group.getGroupID().clone();
  }

  public int ownLeaf() {
    return group.getIndex().value();
  }

  /** The epoch authenticator (RFC 9420 section 8.7), equal for all members of an epoch. */
  public byte[] epochAuthenticator() {
    return group.getEpochAuthenticator().clone();
  }

  /** The occupied leaves of the current tree. */
  public List<BcMlsTrees.Leaf> members() {
    BcMls.LOCK.lock();
    try {
      return BcMlsTrees.members(group.getTree());
    } finally {
      BcMls.LOCK.unlock();
    }
  }

  static TreeKEMPublicKey tree(Group group) {
    return group.getTree();
  }
}
