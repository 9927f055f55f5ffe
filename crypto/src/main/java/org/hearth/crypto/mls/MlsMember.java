package org.hearth.crypto.mls;

import java.util.ArrayList;
import java.util.List;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.Ed25519PublicKey;
import org.hearth.crypto.bc.mls.BcMlsGroup;
import org.hearth.crypto.bc.mls.BcMlsJoins;
import org.hearth.crypto.bc.mls.BcMlsStateCodec;
import org.hearth.crypto.bc.mls.BcMlsTrees;

/**
 * A member's view of one MLS group (RFC 9420) on suite 0x0001, keyed by the member's Ed25519 key:
 * the MLS signature key is that key and the BasicCredential identity is its RFC 7638 thumbprint.
 *
 * <p>Handshake messages travel as PublicMessage (so the delivery service can check them), the
 * application messages as padded PrivateMessage. Commits are staged as {@link PendingCommit}s and
 * merged after the delivery service accepted them. {@link #save()} and {@link #restore} persist the
 * whole state, including secret-tree generations: save after each operation and before sending what
 * it produced, and never run two copies of one snapshot (RFC 9420 section 16.8; a stale copy would
 * reuse nonces, which the random reuse guard of section 6.3.1 makes unlikely but not impossible).
 *
 * <p>Known bcmls 1.84 limits, surfaced as {@link MlsException}: a commit that would leave the
 * committer alone in the group fails (its parent-hash computation breaks on a one-leaf tree), so
 * the last two members cannot remove each other; and a member removed by a commit learns it only
 * from a PublicMessage commit (Hearth sends every handshake as one).
 *
 * <p>Not thread-safe: confine to one thread or lock around it.
 */
public final class MlsMember {
  /** Application plaintexts are padded to a multiple of this many bytes (section 6.3.1). */
  public static final int PADDING_BLOCK = 256;

  private final BcMlsGroup engine;

  private MlsMember(BcMlsGroup engine) {
    this.engine = engine;
  }

  /** Creates a group with this member alone at epoch 0. */
  public static MlsMember create(GroupId groupId, Ed25519KeyPair key) {
    return new MlsMember(BcMlsJoins.create(groupId.bytes(), key));
  }

  /** Joins from a Welcome made for {@code bundle}'s KeyPackage (section 12.4.3.1). */
  public static MlsMember join(byte[] welcome, Ed25519KeyPair key, KeyPackageBundle bundle) {
    return new MlsMember(BcMlsJoins.join(welcome, key, bundle.material()));
  }

  /** The result of an external join: the joined member and the external commit to send. */
  public record ExternalJoin(MlsMember member, byte[] commit, byte[] groupInfo) {}

  /**
   * Joins by external commit from the group's current GroupInfo (section 12.4.3.2). If the delivery
   * service refuses the commit, discard the member and retry with the newer GroupInfo.
   */
  public static ExternalJoin externalJoin(byte[] groupInfo, Ed25519KeyPair key) {
    BcMlsGroup.Staged staged = BcMlsJoins.externalJoin(groupInfo, key);
    return new ExternalJoin(
        new MlsMember(BcMlsJoins.ofExternalJoin(staged)), staged.commit(), staged.groupInfo());
  }

  /** Restores a member saved by {@link #save()} with the same bcmls version. */
  public static MlsMember restore(byte[] snapshot) {
    return new MlsMember(BcMlsStateCodec.restore(snapshot));
  }

  /** The whole state, private keys included: seal it before it touches a disk. */
  public byte[] save() {
    return BcMlsStateCodec.save(engine);
  }

  /** Stages a commit adding the members whose KeyPackages are given (checked first). */
  public PendingCommit add(List<byte[]> keyPackages) {
    return new PendingCommit(engine.stage(keyPackages, List.of(), false));
  }

  /** Stages a commit removing other members; pending proposals are included too. */
  public PendingCommit remove(List<LeafIndex> leaves) {
    List<Integer> indices = new ArrayList<>();
    leaves.forEach(leaf -> indices.add(leaf.value()));
    return new PendingCommit(engine.stage(List.of(), indices, false));
  }

  /** Stages a commit with an UpdatePath: fresh keys for this member (post-compromise security). */
  public PendingCommit updatePath() {
    return new PendingCommit(engine.stage(List.of(), List.of(), true));
  }

  /** Stages a commit of the proposals received so far, e.g. another member's leave request. */
  public PendingCommit commitPending() {
    return new PendingCommit(engine.stage(List.of(), List.of(), false));
  }

  /** Moves to the epoch of a commit the delivery service accepted. */
  public void merge(PendingCommit commit) {
    engine.merge(commit.staged());
  }

  /**
   * A standalone Remove proposal for this member (section 12.1.3). A committer cannot remove
   * itself, so leaving means sending this and letting another member commit it.
   */
  public byte[] proposeLeave() {
    return engine.proposeLeave();
  }

  /** Handles a proposal or another member's commit of the current epoch. */
  public Handled handle(byte[] message) {
    return switch (engine.handle(message)) {
      case PROPOSAL_STORED -> Handled.PROPOSAL_STORED;
      case EPOCH_ADVANCED -> Handled.EPOCH_ADVANCED;
      case REMOVED -> Handled.REMOVED;
    };
  }

  /** Encrypts an application message for the current epoch, padded to {@link #PADDING_BLOCK}. */
  public byte[] protect(byte[] plaintext) {
    int padding = (PADDING_BLOCK - plaintext.length % PADDING_BLOCK) % PADDING_BLOCK;
    return engine.protect(plaintext, padding);
  }

  /** Decrypts an application message of the current epoch and verifies its sender's signature. */
  public ApplicationMessage unprotect(byte[] message) {
    BcMlsGroup.Opened opened = engine.unprotect(message);
    return new ApplicationMessage(
        new LeafIndex(opened.senderLeaf()),
        opened.plaintext(),
        ContentEvidenceIn.of(opened.authenticatedContent()));
  }

  /** The current epoch's signed GroupInfo with external_pub and the ratchet tree. */
  public byte[] groupInfo() {
    return engine.groupInfo();
  }

  public GroupId groupId() {
    return GroupId.of(engine.groupId());
  }

  public long epoch() {
    return engine.epoch();
  }

  public LeafIndex ownLeaf() {
    return new LeafIndex(engine.ownLeaf());
  }

  /** The epoch authenticator (section 8.7): equal for all members of an epoch. */
  public byte[] epochAuthenticator() {
    return engine.epochAuthenticator();
  }

  /** The occupied leaves of the current tree. */
  public List<Member> members() {
    List<Member> members = new ArrayList<>();
    for (BcMlsTrees.Leaf leaf : engine.members()) {
      members.add(
          new Member(
              new LeafIndex(leaf.index()),
              Ed25519PublicKey.of(leaf.signatureKey()),
              new String(leaf.identity(), java.nio.charset.StandardCharsets.UTF_8)));
    }
    return members;
  }
}
