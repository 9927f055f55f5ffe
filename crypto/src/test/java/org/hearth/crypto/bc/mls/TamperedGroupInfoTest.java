package org.hearth.crypto.bc.mls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.mls.TreeKEM.LeafIndex;
import org.bouncycastle.mls.TreeKEM.LeafNode;
import org.bouncycastle.mls.TreeKEM.Node;
import org.bouncycastle.mls.TreeKEM.OptionalNode;
import org.bouncycastle.mls.TreeKEM.TreeKEMPublicKey;
import org.bouncycastle.mls.codec.Extension;
import org.bouncycastle.mls.codec.ExtensionType;
import org.bouncycastle.mls.codec.GroupContext;
import org.bouncycastle.mls.codec.GroupInfo;
import org.bouncycastle.mls.codec.MLSMessage;
import org.bouncycastle.mls.codec.WireFormat;
import org.bouncycastle.mls.crypto.MlsCipherSuite;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.mls.GroupId;
import org.hearth.crypto.mls.GroupInfoIn;
import org.hearth.crypto.mls.KeyPackageBundle;
import org.hearth.crypto.mls.MlsException;
import org.hearth.crypto.mls.MlsMember;
import org.hearth.crypto.mls.MlsMessageIn;
import org.hearth.crypto.mls.PendingCommit;
import org.hearth.crypto.mls.PendingEpoch;
import org.hearth.crypto.mls.PublicGroup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A committer re-signs the new epoch's GroupInfo after swapping another member's leaf for a key it
 * controls. The view, which derives the tree from the commit, must refuse it; a check of the
 * GroupInfo alone (signature, tree hash, parent hashes) catches the swap of a merged leaf but not
 * of an unmerged one.
 */
class TamperedGroupInfoTest {
  private final Ed25519KeyPair aliceKey = Ed25519KeyPair.generate();
  private MlsMember alice;
  private MlsMember bob;
  private PublicGroup view;
  private PendingCommit addCarol;

  @BeforeEach
  void aliceAddsCarolAfterAPathUpdate() {
    alice = MlsMember.create(GroupId.random(), aliceKey);
    view = PublicGroup.fromFirstGroupInfo(alice.groupInfo());
    Ed25519KeyPair bobKey = Ed25519KeyPair.generate();
    KeyPackageBundle bobBundle = KeyPackageBundle.create(bobKey, Duration.ofDays(1));
    PendingCommit addBob = alice.add(List.of(bobBundle.keyPackage()));
    view =
        view.applyCommit(MlsMessageIn.parse(addBob.commit())).value().finalise(addBob.groupInfo());
    alice.merge(addBob);
    bob = MlsMember.join(addBob.welcome().orElseThrow(), bobKey, bobBundle);
    PendingCommit update = alice.updatePath();
    view =
        view.applyCommit(MlsMessageIn.parse(update.commit())).value().finalise(update.groupInfo());
    alice.merge(update);
    bob.handle(update.commit());
    KeyPackageBundle carolBundle =
        KeyPackageBundle.create(Ed25519KeyPair.generate(), Duration.ofDays(1));
    addCarol = alice.add(List.of(carolBundle.keyPackage()));
  }

  @Test
  void swappingAnUnmergedLeafPassesStaticChecksButNotTheView() throws Exception {
    byte[] forged = forge(addCarol.groupInfo(), 2);
    // Carol's leaf is unmerged: parent hashes do not cover it, so the GroupInfo alone looks fine.
    assertEquals(3, GroupInfoIn.of(forged).validate().members().size());
    PendingEpoch pending = view.applyCommit(MlsMessageIn.parse(addCarol.commit())).value();
    MlsException refused = assertThrows(MlsException.class, () -> pending.finalise(forged));
    assertEquals(
        "GroupInfo does not match the epoch derived from the commits", refused.getMessage());
    assertEquals(alice.epoch() + 1, pending.finalise(addCarol.groupInfo()).epoch());
  }

  @Test
  void swappingAMergedLeafFailsBothChecks() throws Exception {
    byte[] forged = forge(addCarol.groupInfo(), bob.ownLeaf().value());
    assertThrows(MlsException.class, () -> GroupInfoIn.of(forged).validate());
    PendingEpoch pending = view.applyCommit(MlsMessageIn.parse(addCarol.commit())).value();
    assertThrows(MlsException.class, () -> pending.finalise(forged));
  }

  /** Replaces leaf {@code victim} by a mole's leaf, rehashes, and re-signs as Alice. */
  private byte[] forge(byte[] honest, int victim) throws Exception {
    MlsCipherSuite suite = BcMls.suite();
    MLSMessage message = BcMls.decodeExact(honest, MLSMessage.class);
    GroupInfo info = message.groupInfo;
    TreeKEMPublicKey tree = BcMlsPublicGroup.ratchetTree(info);
    LeafNode mole =
        BcMlsKeyPackages.leafNode(
            Ed25519KeyPair.generate(), suite.getHPKE().generatePrivateKey(), 0, -1);
    Field nodes = TreeKEMPublicKey.class.getDeclaredField("nodes");
    nodes.setAccessible(true);
    OptionalNode slot =
        ((List<?>) nodes.get(tree)).stream().map(OptionalNode.class::cast).toList().get(2 * victim);
    Field node = OptionalNode.class.getDeclaredField("node");
    node.setAccessible(true);
    node.set(slot, new Node(mole));
    TreeKEMPublicKey rehashed = BcMls.decodeExact(BcMls.encode(tree), TreeKEMPublicKey.class);
    rehashed.setSuite(suite);
    rehashed.setHashAll();
    GroupContext context = info.getGroupContext();
    List<Extension> extensions = new ArrayList<>();
    for (Extension extension : info.getExtensions()) {
      if (extension.extensionType == ExtensionType.RATCHET_TREE) {
        extensions.add(new Extension(ExtensionType.RATCHET_TREE, BcMls.encode(rehashed)));
      } else {
        extensions.add(extension);
      }
    }
    GroupInfo forged =
        new GroupInfo(
            new GroupContext(
                suite,
                info.getGroupID(),
                info.getEpoch(),
                rehashed.getRootHash(),
                context.getConfirmedTranscriptHash(),
                context.getExtensions()),
            extensions,
            info.getConfirmationTag());
    forged.sign(rehashed, new LeafIndex(0), BcMls.signatureKeyPair(aliceKey));
    MLSMessage out = new MLSMessage(WireFormat.mls_group_info);
    out.groupInfo = forged;
    return BcMls.encode(out);
  }
}
