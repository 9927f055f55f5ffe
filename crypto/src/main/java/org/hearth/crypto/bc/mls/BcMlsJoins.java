package org.hearth.crypto.bc.mls;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.mls.TreeKEM.LeafNode;
import org.bouncycastle.mls.TreeKEM.TreeKEMPrivateKey;
import org.bouncycastle.mls.TreeKEM.TreeKEMPublicKey;
import org.bouncycastle.mls.codec.Extension;
import org.bouncycastle.mls.codec.GroupSecrets;
import org.bouncycastle.mls.codec.KeyPackage;
import org.bouncycastle.mls.codec.MLSMessage;
import org.bouncycastle.mls.codec.WireFormat;
import org.bouncycastle.mls.crypto.MlsCipherSuite;
import org.bouncycastle.mls.crypto.Secret;
import org.bouncycastle.mls.protocol.Group;
import org.hearth.crypto.Ed25519KeyPair;
import org.hearth.crypto.mls.MlsException;

/**
 * The ways a member's {@link BcMlsGroup} comes to be: creating a group (RFC 9420 section 11),
 * joining from a Welcome (section 12.4.3.1) or by external commit (section 12.4.3.2).
 *
 * <p>Stateless and thread-safe (bcmls calls hold {@link BcMls#LOCK}).
 */
public final class BcMlsJoins {
  private BcMlsJoins() {}

  /** Creates a one-member group at epoch 0 (RFC 9420 section 11). */
  public static BcMlsGroup create(byte[] groupId, Ed25519KeyPair key) {
    BcMls.LOCK.lock();
    try {
      MlsCipherSuite suite = BcMls.suite();
      AsymmetricCipherKeyPair leaf = suite.getHPKE().generatePrivateKey();
      LeafNode leafNode = BcMlsKeyPackages.leafNode(key, leaf, 0, -1);
      return new BcMlsGroup(
          new Group(
              groupId,
              suite,
              leaf,
              key.seed(),
              leafNode.copy(leafNode.getEncryptionKey()),
              new ArrayList<Extension>()));
    } catch (Exception e) {
      throw BcMls.refused("cannot create the group", e);
    } finally {
      BcMls.LOCK.unlock();
    }
  }

  /** Joins from a Welcome whose GroupInfo carries the ratchet tree (RFC 9420 section 12.4.3). */
  public static BcMlsGroup join(
      byte[] welcomeMessage, Ed25519KeyPair key, BcMlsKeyPackages.Material material) {
    return join(
        welcomeMessage,
        key.seed(),
        material.keyPackageMessage(),
        material.initPrivateKey(),
        material.leafPrivateKey(),
        null,
        Map.of());
  }

  /**
   * Joins from a Welcome with raw keys of the Welcome's suite, an optional out-of-band ratchet tree
   * and external PSKs (id to secret); used by the passive-client vectors.
   */
  static BcMlsGroup join(
      byte[] welcomeMessage,
      byte[] signaturePrivateKey,
      byte[] keyPackageMessage,
      byte[] initPrivateKey,
      byte[] leafPrivateKey,
      byte[] ratchetTree,
      Map<byte[], byte[]> externalPsks) {
    BcMls.LOCK.lock();
    try {
      MLSMessage welcome = BcMls.decodeExact(welcomeMessage, MLSMessage.class);
      MLSMessage keyPackage = BcMls.decodeExact(keyPackageMessage, MLSMessage.class);
      if (welcome.wireFormat != WireFormat.mls_welcome
          || keyPackage.wireFormat != WireFormat.mls_key_package) {
        throw new MlsException("expected a Welcome and a KeyPackage");
      }
      MlsCipherSuite suite = welcome.welcome.getSuite();
      TreeKEMPublicKey tree = null;
      if (ratchetTree != null) {
        tree = BcMls.decodeExact(ratchetTree, TreeKEMPublicKey.class);
        tree.setSuite(suite);
      }
      Map<Secret, byte[]> psks = new HashMap<>();
      externalPsks.forEach((id, secret) -> psks.put(new Secret(id), secret));
      AsymmetricCipherKeyPair leaf = suite.getHPKE().deserializePrivateKey(leafPrivateKey, null);
      Group group =
          new Group(
              initPrivateKey,
              leaf,
              signaturePrivateKey,
              keyPackage.keyPackage,
              welcome.welcome,
              tree,
              psks,
              new HashMap<Group.EpochRef, byte[]>());
      GroupSecrets secrets =
          welcome.welcome.decryptSecrets(
              welcome.welcome.find(keyPackage.keyPackage), initPrivateKey);
      if (secrets.path_secret == null) {
        forgetPathSecrets(group);
      }
      return new BcMlsGroup(group);
    } catch (Exception e) {
      throw BcMls.refused("cannot join from the Welcome", e);
    } finally {
      BcMls.LOCK.unlock();
    }
  }

  /**
   * Drops the path secrets bcmls 1.84 invents for a joiner whose Welcome has none (a commit without
   * UpdatePath): it derives them from an empty secret for the common ancestor with the committer
   * and that node's filtered direct path. RFC 9420 section 12.4.3.1 gives such a joiner its leaf
   * key only. Kept, the invented keys are wrong for nodes that are set in the tree (the joiner is
   * one of their unmerged leaves), and the joiner picks them first to decrypt the next UpdatePath
   * whose copath resolution holds such a node: it fails and is stuck out of the group.
   */
  private static void forgetPathSecrets(Group group) {
    TreeKEMPrivateKey keys = (TreeKEMPrivateKey) Reflect.get(group, "treePriv");
    ((Map<?, ?>) Reflect.get(keys, "pathSecrets")).clear();
  }

  /**
   * Joins by external commit (RFC 9420 section 12.4.3.2) from a GroupInfo carrying external_pub and
   * the ratchet tree; returns the joined state as a staged commit to send.
   */
  public static BcMlsGroup.Staged externalJoin(byte[] groupInfoMessage, Ed25519KeyPair key) {
    BcMls.LOCK.lock();
    try {
      MlsCipherSuite suite = BcMls.suite();
      MLSMessage groupInfo = BcMls.decodeExact(groupInfoMessage, MLSMessage.class);
      if (groupInfo.wireFormat != WireFormat.mls_group_info) {
        throw new MlsException("expected a GroupInfo");
      }
      AsymmetricCipherKeyPair init = suite.getHPKE().generatePrivateKey();
      AsymmetricCipherKeyPair leaf = suite.getHPKE().generatePrivateKey();
      LeafNode leafNode = BcMlsKeyPackages.leafNode(key, leaf, 0, -1);
      KeyPackage keyPackage =
          new KeyPackage(
              suite,
              suite.getHPKE().serializePublicKey(init.getPublic()),
              leafNode,
              new ArrayList<Extension>(),
              key.seed());
      Group.GroupWithMessage joined =
          Group.externalJoin(
              new Secret(BcMlsKeyPackages.randomSecret()),
              BcMls.signatureKeyPair(key),
              keyPackage,
              groupInfo.groupInfo,
              null,
              new Group.MessageOptions(false, new byte[0], 0),
              null,
              new HashMap<Secret, byte[]>());
      return new BcMlsGroup.Staged(
          joined.group, groupInfo.groupInfo.getEpoch(), BcMls.encode(joined.message), null);
    } catch (Exception e) {
      throw BcMls.refused("cannot join by external commit", e);
    } finally {
      BcMls.LOCK.unlock();
    }
  }

  /** Wraps a staged external join as this member's state. */
  public static BcMlsGroup ofExternalJoin(BcMlsGroup.Staged staged) {
    return new BcMlsGroup(staged.next());
  }
}
