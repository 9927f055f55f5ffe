package org.hearth.crypto.bc.mls;

import java.io.IOException;
import java.util.Arrays;
import org.bouncycastle.mls.TreeKEM.LeafIndex;
import org.bouncycastle.mls.TreeKEM.LeafNode;
import org.bouncycastle.mls.TreeKEM.LeafNodeSource;
import org.bouncycastle.mls.TreeKEM.TreeKEMPublicKey;
import org.bouncycastle.mls.crypto.MlsCipherSuite;
import org.hearth.crypto.mls.MlsException;

/**
 * Leaf-node validation with public data only (RFC 9420 section 7.3): source, signature over the
 * right TBS, and signature and encryption keys unique in the tree.
 *
 * <p>Stateless; callers hold {@link BcMls#LOCK}.
 */
final class BcMlsLeaves {
  private BcMlsLeaves() {}

  /**
   * @param at the leaf the node will occupy (ignored for {@code KEY_PACKAGE} leaves)
   * @throws MlsException if the leaf is not acceptable
   */
  static void check(
      MlsCipherSuite suite,
      byte[] groupId,
      TreeKEMPublicKey tree,
      LeafNode leaf,
      LeafNodeSource source,
      LeafIndex at)
      throws IOException {
    if (leaf.getSource() != source) {
      throw new MlsException("leaf node has source " + leaf.getSource() + ", expected " + source);
    }
    byte[] tbs =
        source == LeafNodeSource.KEY_PACKAGE
            ? leaf.toBeSigned(null, -1)
            : leaf.toBeSigned(groupId, at.value());
    if (!leaf.verify(suite, tbs)) {
      throw new MlsException("leaf node signature does not verify");
    }
    for (int i = 0; i < tree.getSize().leafCount(); i++) {
      LeafNode other = tree.getLeafNode(new LeafIndex(i));
      if (other == null || (at != null && i == at.value())) {
        continue;
      }
      if (Arrays.equals(other.getSignatureKey(), leaf.getSignatureKey())
          || Arrays.equals(other.getEncryptionKey(), leaf.getEncryptionKey())) {
        throw new MlsException("leaf node repeats the keys of leaf " + i);
      }
    }
  }

  /** Checks every leaf of a tree received from outside (RFC 9420 section 12.4.3.1). */
  static void checkAll(MlsCipherSuite suite, byte[] groupId, TreeKEMPublicKey tree)
      throws IOException {
    for (int i = 0; i < tree.getSize().leafCount(); i++) {
      LeafNode leaf = tree.getLeafNode(new LeafIndex(i));
      if (leaf != null) {
        check(suite, groupId, tree, leaf, leaf.getSource(), new LeafIndex(i));
      }
    }
  }
}
