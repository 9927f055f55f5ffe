package org.hearth.crypto.bc.mls;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bouncycastle.mls.TreeKEM.LeafIndex;
import org.bouncycastle.mls.TreeKEM.LeafNode;
import org.bouncycastle.mls.TreeKEM.NodeIndex;
import org.bouncycastle.mls.TreeKEM.TreeKEMPublicKey;
import org.bouncycastle.mls.codec.MLSInputStream;

/**
 * Reads the occupied leaves of a ratchet tree (RFC 9420 section 7.8) and copies a tree for the next
 * epoch without rehashing it.
 *
 * <p>Stateless; callers hold {@link BcMls#LOCK}.
 */
public final class BcMlsTrees {
  /** An occupied leaf: its index, Ed25519 signature key and credential identity. */
  public record Leaf(int index, byte[] signatureKey, byte[] identity) {}

  private BcMlsTrees() {}

  static List<Leaf> members(TreeKEMPublicKey tree) {
    List<Leaf> leaves = new ArrayList<>();
    for (int i = 0; i < tree.getSize().leafCount(); i++) {
      LeafNode leaf = tree.getLeafNode(new LeafIndex(i));
      if (leaf != null) {
        leaves.add(new Leaf(i, leaf.getSignatureKey(), leaf.getCredential().getIdentity()));
      }
    }
    return leaves;
  }

  /**
   * A copy of {@code tree}, decoded from {@code encoded} (its encoding), that keeps the tree hashes
   * computed so far (RFC 9420 section 7.8) instead of recomputing them.
   *
   * <p>bcmls's own {@code TreeKEMPublicKey.clone} re-encodes and decodes the tree, then hashes all
   * 2n-1 nodes again. The nodes must be copied, since bcmls changes them in place, but their hashes
   * need not be: bcmls keeps a hash per node and drops the hashes of a leaf and its direct path
   * whenever it changes that leaf (add, blank, update, merge of an UpdatePath, truncation), so the
   * next {@code setHashAll} recomputes only the changed paths. {@code BcMlsTreeHashTest} checks the
   * cached hashes against a full recomputation after random sequences of those changes.
   */
  static TreeKEMPublicKey copy(TreeKEMPublicKey tree, byte[] encoded) throws IOException {
    TreeKEMPublicKey copy =
        (TreeKEMPublicKey) MLSInputStream.decode(encoded, TreeKEMPublicKey.class);
    copy.setSuite(tree.getSuite());
    Map<NodeIndex, byte[]> into = hashes(copy);
    long width = copy.getSize().width();
    hashes(tree)
        .forEach(
            (node, hash) -> {
              // The decoded tree may be narrower when the original ends in blank leaves.
              if (node.value() < width) {
                into.put(node, hash.clone());
              }
            });
    return copy;
  }

  /** bcmls's per-node tree-hash cache, package-private in {@code TreeKEMPublicKey}. */
  @SuppressWarnings("unchecked")
  static Map<NodeIndex, byte[]> hashes(TreeKEMPublicKey tree) {
    return (Map<NodeIndex, byte[]>) Reflect.get(tree, "hashes");
  }
}
